// The loading worker: reads, validates, indexes and lays out a dataset off the
// page's thread, reporting progress, then sends the result in chunks. A large
// dataset goes with a quick layout, so the page draws at once, and the worker
// then finishes the layout (on few cores once the page says it has drawn) and
// sends the final positions. This is the one kind of module that acts when loaded.

import { RELATIONS_PER_CHUNK, type LoadMessage, type LoadRequest, type ToLoadWorker } from '../io/loadProtocol';
import { isBinaryName, readDatasetFiles, type InputFile } from '../io/readDataset';
import { beginPrepare } from '../model/prepare';
import { FETCH_LIMITS, fetchFile } from './fetchFile';

const post = (message: LoadMessage, transfer: Transferable[] = []) =>
  (self as unknown as { postMessage(m: LoadMessage, t: Transferable[]): void }).postMessage(message, transfer);

/**
 * The final layout, once the page has sent `done` a quick one, and whether the page said to go on. On
 * two cores the page's drawing and this layout would share them, and the first picture came about a
 * third of a second later (1,000 actors); with four or more there is room for both, and it goes on at once.
 */
const settling: { finish: (() => Float64Array) | null; asked: boolean } = {
  finish: null,
  asked: (self.navigator?.hardwareConcurrency ?? 1) >= 4,
};

function settle(): void {
  const finish = settling.finish;
  if (!finish || !settling.asked) return;
  settling.finish = null;
  const final = finish();
  post({ type: 'positions', positions: final }, [final.buffer]);
}

async function toInput(file: File | InputFile): Promise<InputFile> {
  if (!(file instanceof Blob)) return file;
  return isBinaryName(file.name)
    ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
    : { name: file.name, text: await file.text() };
}

async function inputs(request: LoadRequest): Promise<InputFile[]> {
  if (request.type === 'files') return Promise.all(request.files.map(toInput));
  const name = request.url.split('/').pop() || request.url;
  let shown = -1;
  const bytes = await fetchFile(
    request.url,
    { ...FETCH_LIMITS, maxBytes: request.limits?.maxBytes ?? FETCH_LIMITS.maxBytes },
    (f) => {
      // a message per percent, not per chunk
      const percent = f === null ? null : Math.floor(f * 100);
      if (percent === shown) return;
      shown = percent ?? -1;
      post({ type: 'progress', stage: 'downloading', fraction: f });
    },
  );
  return [isBinaryName(name) ? { name, bytes } : { name, text: new TextDecoder().decode(bytes) }];
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** One error with no place: the file could not be read, or the loader broke on it. */
function postFailure(name: string, message: string): void {
  post({ type: 'failed', name, errors: [{ path: [], message }], errorCount: 1, warnings: [], warningCount: 0 });
}

self.onmessage = async (event: MessageEvent<ToLoadWorker>) => {
  const request = event.data;
  if (request.type === 'settle') {
    settling.asked = true;
    settle();
    return;
  }
  let files: InputFile[];
  try {
    post({ type: 'progress', stage: 'reading', fraction: null });
    files = await inputs(request);
  } catch (e) {
    const name = request.type === 'url' ? request.url : request.files.map((f) => f.name).join(' + ');
    postFailure(name, `could not be read: ${messageOf(e)}`);
    return;
  }
  try {
    prepareAndSend(request, files);
  } catch (e) {
    // a reader or the preparation broke on this file: the page says so and keeps what was open
    const name = files.map((f) => f.name).join(' + ');
    postFailure(name, `the loader broke on this file (${messageOf(e)}); please report it with the file`);
  }
};

function prepareAndSend(request: LoadRequest, files: InputFile[]): void {
  post({ type: 'progress', stage: 'checking', fraction: null });
  const { name, result, events, needsMapping } = readDatasetFiles(files, request.limits, request.options);
  if (needsMapping) {
    post({ type: 'needs-mapping', mapping: needsMapping });
    return;
  }
  if (!result.ok) {
    post({ type: 'failed', name, ...result });
    return;
  }
  // the relations go first: the page parses them while this worker indexes and lays out (two cores at work)
  const { relations, ...head } = result.dataset;
  for (let k = 0; k < relations.length; k += RELATIONS_PER_CHUNK) {
    post({ type: 'relations', json: JSON.stringify(relations.slice(k, k + RELATIONS_PER_CHUNK)) });
  }
  post({ type: 'progress', stage: 'indexing and laying out', fraction: null });
  const start = beginPrepare(result);
  const { prepared } = start;
  const { grouping, index, positions, communities } = prepared;
  const transfer = [
    positions.buffer,
    communities.buffer,
    grouping.groupOf.buffer,
    grouping.first.buffer,
    grouping.memberStart.buffer,
    grouping.members.buffer,
    ...Object.values(index)
      .filter((v): v is ArrayBufferView => ArrayBuffer.isView(v))
      .map((v) => v.buffer),
  ];
  post(
    {
      type: 'done',
      name,
      head,
      types: [...result.types],
      settling: start.settling,
      prepared,
      warnings: result.warnings,
      warningCount: result.warningCount,
      ...(events && { events }),
    },
    [...new Set(transfer)] as Transferable[],
  );
  if (!start.settling) return;
  // the page draws the quick layout meanwhile, then says to go on; a newer dataset terminates this worker
  settling.finish = start.finish;
  settle();
}
