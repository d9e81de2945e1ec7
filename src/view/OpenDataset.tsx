// "Open dataset": a file input, and dropping files anywhere on the page: a
// faultlines/1 JSON file, a CSV set (or its zip), GEXF or GraphML. A file that fails to
// load leaves the open dataset as it is and lists its errors.

import { useEffect, useId } from 'react';
import { csvTemplateZip } from '../io/csvExport';
import { loadInWorker } from '../state/loader';

function openFiles(list: FileList | File[]): void {
  const files = [...list];
  // Files go to the loading worker as they are: it reads them off the page's thread.
  void loadInWorker({ type: 'files', files }, { displayName: files.map((f) => f.name).join(' + ') });
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
        accept=".json,.jsonl,.ndjson,.ijson,.csv,.tsv,.txt,.zip,.gexf,.graphml,application/json,text/csv,text/tab-separated-values"
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
      {/* the toolbar's room is short: the name says what the visible text leaves out */}
      <button
        type="button"
        className="link-button"
        aria-label="Download CSV template"
        title="Download a CSV template (zip)"
        onClick={() => {
          const url = URL.createObjectURL(new Blob([csvTemplateZip() as BlobPart], { type: 'application/zip' }));
          const a = document.createElement('a');
          a.href = url;
          a.download = 'faultlines-csv-template.zip';
          a.click();
          setTimeout(() => URL.revokeObjectURL(url), 10_000);
        }}
      >
        CSV template
      </button>
    </div>
  );
}
