// "Open dataset": a file input, and dropping a file anywhere on the page. A file
// that fails to load leaves the open dataset as it is and lists its errors.

import { useEffect, useId } from 'react';
import { readJsonDataset } from '../io/json';
import { useStore } from '../state/store';

async function openFile(file: File): Promise<void> {
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    useStore.getState().applyLoad(file.name, {
      ok: false,
      errors: [{ path: [], message: `the file could not be read: ${e instanceof Error ? e.message : String(e)}` }],
      errorCount: 1,
      warnings: [],
      warningCount: 0,
    });
    return;
  }
  useStore.getState().applyLoad(file.name, readJsonDataset(text));
}

export function OpenDataset() {
  const id = useId();

  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      void openFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <div className="open-dataset">
      <input
        id={id}
        className="visually-hidden-file"
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          // reset, so that choosing the same file again opens it again
          e.target.value = '';
          if (file) void openFile(file);
        }}
      />
      {/* after the input, so the input's focus ring can be drawn on it */}
      <label htmlFor={id} className="button-like">
        Open dataset
      </label>
    </div>
  );
}
