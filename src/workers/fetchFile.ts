// Fetching a data= link's file with limits: a server that stops sending, one
// that sends for ever, and a file larger than the app opens are each refused
// with a message that says which, instead of a load that never ends. The body
// is read as a stream, so the size limit holds before the whole file is in
// memory, and progress can be shown where the server gives a length.

import { DEFAULT_LIMITS } from '../io/readDataset';
import { megabytes } from '../io/zipRead';
import { joinChunks } from '../io/joinChunks';

export interface FetchLimits {
  /** refused once this many bytes have come */
  maxBytes: number;
  /** refused when nothing came for this long (ms) */
  stallMs: number;
  /** refused when the whole file has not come within this long (ms) */
  totalMs: number;
}

export const FETCH_LIMITS: FetchLimits = { maxBytes: DEFAULT_LIMITS.maxBytes, stallMs: 30_000, totalMs: 300_000 };

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** The file at `url`, as bytes; throws an Error whose message says what went wrong, for the page to show. */
export async function fetchFile(
  url: string,
  limits: FetchLimits = FETCH_LIMITS,
  progress: (fraction: number | null) => void = () => {},
): Promise<Uint8Array> {
  const controller = new AbortController();
  let why = '';
  const stop = (reason: string) => {
    why ||= reason;
    controller.abort();
  };
  const total = setTimeout(() => stop(`the whole file did not come within ${seconds(limits.totalMs)}`), limits.totalMs);
  let stall: ReturnType<typeof setTimeout> | undefined;
  const waiting = () => {
    clearTimeout(stall);
    stall = setTimeout(() => stop(`the server sent nothing for ${seconds(limits.stallMs)}`), limits.stallMs);
  };
  try {
    waiting();
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`);
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > limits.maxBytes) throw new Error(tooLarge(declared, limits));
    const chunks: Uint8Array[] = [];
    let length = 0;
    const reader = response.body?.getReader();
    for (;;) {
      if (!reader) break;
      waiting();
      const { done, value } = await reader.read();
      if (done) break;
      length += value.length;
      if (length > limits.maxBytes) {
        void reader.cancel();
        throw new Error(tooLarge(length, limits));
      }
      chunks.push(value);
      progress(declared > 0 ? Math.min(1, length / declared) : null);
    }
    return joinChunks(chunks, length);
  } catch (e) {
    // an abort's own message ("signal is aborted") says less than why it was aborted
    if (why) throw new Error(why, { cause: e });
    throw e;
  } finally {
    clearTimeout(total);
    clearTimeout(stall);
  }
}

function tooLarge(bytes: number, limits: FetchLimits): string {
  return `the file is ${megabytes(bytes)} or more: files over ${megabytes(limits.maxBytes)} are not opened`;
}
