// A dataset written as JSON, one actor, source or relation a line, streamed to the
// file (JSON.stringify of the whole would pass V8's longest string near the app's
// 512 MB), to a temporary name renamed at the end: a failed run leaves no half file.

import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Dataset } from '../../src/model/types';

/** The JSON text of a dataset, in pieces: the same text JSON.parse reads back to the dataset. */
export function* datasetPieces(dataset: Dataset): Generator<string> {
  const { sources, actors, relations, ...rest } = dataset;
  const head = JSON.stringify(rest);
  yield `${head.slice(0, -1)}${head.length > 2 ? ',' : ''}\n`;
  const lists: [string, readonly unknown[]][] = [
    ['sources', sources],
    ['actors', actors],
    ['relations', relations],
  ];
  for (const [i, [name, list]] of lists.entries()) {
    yield `"${name}":[`;
    for (let j = 0; j < list.length; j++) yield `${j === 0 ? '\n' : ',\n'}${JSON.stringify(list[j])}`;
    yield `\n]${i === lists.length - 1 ? '}\n' : ',\n'}`;
  }
}

/** Refused for its size: more bytes than the app opens. */
export class TooLargeError extends Error {}

async function writeTo(stream: Writable, dataset: Dataset, maxBytes: number): Promise<number> {
  let bytes = 0;
  for (const piece of datasetPieces(dataset)) {
    bytes += Buffer.byteLength(piece);
    if (bytes > maxBytes) {
      throw new TooLargeError(
        `the dataset is over ${Math.round(maxBytes / 1048576)} MB, more than the app opens: keep less evidence (--evidence N), roll up by a longer period (--by), or keep fewer relations (--min-events N, --top N)`,
      );
    }
    if (!stream.write(piece)) await once(stream, 'drain');
  }
  return bytes;
}

/** Writes the dataset to `path` ("-": standard output); returns the bytes written. */
export async function writeDataset(path: string, dataset: Dataset, maxBytes = Infinity): Promise<number> {
  if (path === '-') return writeTo(process.stdout, dataset, maxBytes);
  const temporary = `${path}.${process.pid}.part`;
  const stream = createWriteStream(temporary);
  try {
    const bytes = await writeTo(stream, dataset, maxBytes);
    stream.end();
    await once(stream, 'finish');
    renameSync(temporary, path);
    return bytes;
  } catch (e) {
    stream.destroy();
    rmSync(temporary, { force: true });
    throw e;
  }
}
