// Reading the CSV files out of a zip without trusting it. A zip says how big its
// files are, but a hostile one lies, and a few hundred kilobytes of deflate can
// expand to gigabytes: so entries are inflated as a stream (fflate's Unzip), the
// bytes actually produced are counted, and reading stops as soon as a limit is
// passed, before the expanded text is ever held whole.

import { DecodeUTF8, Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import type { NamedText } from './csvImport';

export interface ZipLimits {
  /** most bytes all the CSV entries may expand to together */
  maxExpandedBytes: number;
  /** most bytes one entry may expand to */
  maxEntryBytes: number;
  /** most entries (files and folders) the zip may hold */
  maxEntries: number;
  /**
   * most times larger than the zip read so far its CSV files may expand, once
   * they pass ratioFloor: text a person wrote compresses 5-20 times, a bomb
   * about 1000, and this refuses a bomb after 32 MB rather than after the total
   */
  maxRatio: number;
  /** expanded bytes below which the ratio is not checked: small files may be very repetitive */
  ratioFloor: number;
}

export type ZipRead = { ok: true; files: NamedText[] } | { ok: false; message: string };

/** Compressed bytes handed to the inflater at a time: deflate expands at most ~1032×, so one push yields ≤ ~8 MB. */
const CHUNK = 8 * 1024;

export function megabytes(n: number): string {
  return n < 1024 * 1024 ? `${Math.ceil(n / 1024)} KB` : `${Math.round(n / 1024 / 1024)} MB`;
}

/** Entries the reader wants: CSV files, not the resource forks macOS adds under __MACOSX/. */
function wanted(name: string): boolean {
  return /\.csv$/i.test(name) && !/(^|\/)__MACOSX\//.test(name) && !/(^|\/)\._/.test(name);
}

/** The CSV entries of a zip as text, or why they were not read. Never throws. */
export function readCsvZip(zipName: string, bytes: Uint8Array, limits: ZipLimits): ZipRead {
  // the local-file signature: anything else is not a zip (the streaming reader would find no entries)
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) {
    return { ok: false, message: `${zipName} is not a readable zip: it does not start as a zip file does` };
  }
  if (!hasEnd(bytes))
    return { ok: false, message: `${zipName} is not a readable zip: it is cut short (no end record)` };
  // an object, not a `let`: it is set inside fflate's callbacks, where narrowing cannot follow
  const state: { refused: string | null } = { refused: null };
  let entries = 0;
  let expanded = 0;
  // the bytes of each entry, decoded only once every limit has held: a bomb is never decoded
  const files: { name: string; chunks: Uint8Array[]; done: boolean }[] = [];

  const refuse = (message: string) => {
    state.refused ??= message;
  };

  let pushed = 0;
  const onfile = (file: UnzipFile) => {
    entries++;
    if (entries > limits.maxEntries) {
      refuse(`${zipName} holds more than ${limits.maxEntries} files: a CSV zip holds at most ${limits.maxEntries}`);
      return;
    }
    if (!wanted(file.name) || state.refused) return;
    const name = file.name.replace(/^.*\//, '');
    // a declared size over the limit is refused at once; a smaller one is not believed
    if (file.originalSize !== undefined && file.originalSize > limits.maxEntryBytes) {
      refuse(entryTooBig(zipName, name, limits.maxEntryBytes));
      return;
    }
    const entry = { name, chunks: [] as Uint8Array[], done: false };
    files.push(entry);
    let size = 0;
    file.ondata = (err, data, final) => {
      if (state.refused) return;
      if (err) {
        refuse(`${zipName} is not a readable zip: ${name}: ${err.message}`);
        return;
      }
      size += data.length;
      expanded += data.length;
      if (size > limits.maxEntryBytes) refuse(entryTooBig(zipName, name, limits.maxEntryBytes));
      else if (expanded > limits.maxExpandedBytes)
        refuse(
          `${zipName} expands to more than ${megabytes(limits.maxExpandedBytes)}: a zip is opened only if its CSV files come to at most that`,
        );
      else if (expanded > limits.ratioFloor && expanded > limits.maxRatio * pushed)
        refuse(
          `${zipName} expands more than ${limits.maxRatio} times (${megabytes(pushed)} to over ${megabytes(expanded)}): a zip this compressed is refused as a zip bomb`,
        );
      if (state.refused) {
        entry.chunks = []; // let what was inflated go now
        return;
      }
      entry.chunks.push(data);
      if (final) entry.done = true;
    };
    file.start();
  };

  try {
    const unzip = new Unzip(onfile);
    unzip.register(UnzipInflate);
    for (let at = 0; at < bytes.length && !state.refused; at += CHUNK) {
      const end = Math.min(at + CHUNK, bytes.length);
      pushed = end;
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch (e) {
    refuse(`${zipName} is not a readable zip: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (state.refused) return { ok: false, message: state.refused };
  const broken = files.find((f) => !f.done);
  if (broken) return { ok: false, message: `${zipName} is not a readable zip: ${broken.name} is cut short` };
  const texts: NamedText[] = [];
  for (const f of files) {
    const parts: string[] = [];
    const decoder = new DecodeUTF8((text) => parts.push(text));
    try {
      f.chunks.forEach((chunk, k) => decoder.push(chunk, k === f.chunks.length - 1));
    } catch {
      return { ok: false, message: `${zipName}: ${f.name} is not UTF-8 text` };
    }
    f.chunks = [];
    texts.push({ name: f.name, text: parts.join('') });
  }
  return { ok: true, files: texts };
}

/** Whether the zip's end-of-central-directory record is there (the last 22 bytes, plus a comment of up to 64 KB). */
function hasEnd(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 0xffff; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return true;
  }
  return false;
}

function entryTooBig(zipName: string, name: string, max: number): string {
  return `${name} in ${zipName} expands to more than ${megabytes(max)}: one file in a zip may hold at most that`;
}
