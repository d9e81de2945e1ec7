// The column-mapping step for a CSV the app does not know: which columns hold
// the source and target actors, the type, dates, quote, source and link (guessed
// from the names, or as chosen last time for this header), beside a preview of
// the first rows. Opening reads the file with the mapping.

import { useEffect, useId, useRef, useState } from 'react';
import {
  FIELD_NAMES,
  guessMapping,
  MAPPED_FIELDS,
  mappingProblem,
  type ColumnMapping,
} from '../io/columnMappingFields';
import { rememberedMapping, rememberMapping } from '../state/mappingMemory';
import { useStore } from '../state/store';
import type { MappingRequest } from '../state/slices/datasetSlice';

export function MappingDialog() {
  const request = useStore((s) => s.mappingRequest);
  return request ? <MappingForm request={request} key={request.file + request.header.join('\u0001')} /> : null;
}

function MappingForm({ request }: { request: MappingRequest }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const askMapping = useStore((s) => s.askMapping);
  const [mapping, setMapping] = useState<ColumnMapping>(
    () => rememberedMapping(request.header) ?? guessMapping(request.header),
  );
  const id = useId();
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const problem = mappingProblem(mapping, request.header);
  const used = new Map(MAPPED_FIELDS.flatMap((f) => (mapping[f] ? [[mapping[f]!, f] as const] : [])));
  const close = () => {
    dialog.current?.close();
    askMapping(null);
  };
  return (
    <dialog ref={dialog} className="mapping-dialog" aria-labelledby={`${id}-title`} onCancel={close}>
      <h2 id={`${id}-title`}>Which columns of {request.file} hold what?</h2>
      <p className="hint">
        Each row becomes a relation between two actors. Types the app knows (backs, fights, accuses…) are used; other
        rows load as “related to”.
      </p>
      <div className="mapping-fields">
        {MAPPED_FIELDS.map((field) => (
          <div key={field} className="mapping-field">
            <label htmlFor={`${id}-${field}`}>
              {FIELD_NAMES[field]}
              {(field === 'source' || field === 'target') && ' (required)'}
            </label>
            {/* beside its label, not in it: a label holding the select would be named by every option */}
            <select
              id={`${id}-${field}`}
              value={mapping[field] ?? ''}
              onChange={(e) => setMapping({ ...mapping, [field]: e.target.value || undefined })}
            >
              <option value="">(none)</option>
              {request.header.map((c, k) => (
                <option key={k} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className="mapping-preview" tabIndex={0} aria-label={`The first rows of ${request.file}`}>
        <table>
          <caption className="visually-hidden">The first rows, each column with the part it is mapped to</caption>
          <thead>
            <tr>
              {request.header.map((c, k) => (
                <th key={k} scope="col" className={used.has(c) ? 'mapped' : undefined}>
                  {c}
                  {used.has(c) && <span className="mapped-as"> → {FIELD_NAMES[used.get(c)!]}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {request.rows.map((row, r) => (
              <tr key={r}>
                {request.header.map((_, k) => (
                  <td key={k}>{row[k] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {problem && (
        <p className="hint" role="status">
          To open it, {problem}.
        </p>
      )}
      <p className="mapping-actions">
        <button
          type="button"
          disabled={problem !== null}
          onClick={() => {
            rememberMapping(request.header, mapping);
            close();
            request.open(mapping);
          }}
        >
          Open with these columns
        </button>
        <button type="button" onClick={close}>
          Cancel
        </button>
      </p>
    </dialog>
  );
}
