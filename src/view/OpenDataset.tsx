// "Open dataset": a file input, and dropping files anywhere on the page: a
// faultlines/1 JSON file, a CSV set (or its zip), or GEXF. A file that fails to
// load leaves the open dataset as it is and lists its errors.

import { useEffect, useId } from 'react';
import { csvTemplateZip } from '../io/csvExport';
import { isBinaryName, readDatasetFiles, type InputFile } from '../io/readDataset';
import { useStore } from '../state/store';

async function openFiles(list: FileList | File[]): Promise<void> {
  const files = [...list];
  let inputs: InputFile[];
  try {
    inputs = await Promise.all(
      files.map(async (f) =>
        isBinaryName(f.name)
          ? { name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }
          : { name: f.name, text: await f.text() },
      ),
    );
  } catch (e) {
    useStore.getState().applyLoad(files.map((f) => f.name).join(' + '), {
      ok: false,
      errors: [{ path: [], message: `the file could not be read: ${e instanceof Error ? e.message : String(e)}` }],
      errorCount: 1,
      warnings: [],
      warningCount: 0,
    });
    return;
  }
  const { name, result } = readDatasetFiles(inputs);
  useStore.getState().applyLoad(name, result);
}

export function OpenDataset() {
  const id = useId();

  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const files = e.dataTransfer?.files;
      if (!files || files.length === 0) return;
      e.preventDefault();
      void openFiles(files);
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
        multiple
        accept=".json,.csv,.zip,.gexf,application/json,text/csv"
        onChange={(e) => {
          const files = e.target.files ? [...e.target.files] : [];
          // reset, so that choosing the same file again opens it again
          e.target.value = '';
          if (files.length) void openFiles(files);
        }}
      />
      {/* after the input, so the input's focus ring can be drawn on it */}
      <label htmlFor={id} className="button-like">
        Open dataset
      </label>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          const url = URL.createObjectURL(new Blob([csvTemplateZip() as BlobPart], { type: 'application/zip' }));
          const a = document.createElement('a');
          a.href = url;
          a.download = 'faultlines-csv-template.zip';
          a.click();
          setTimeout(() => URL.revokeObjectURL(url), 10_000);
        }}
      >
        Download CSV template
      </button>
    </div>
  );
}
