// The building blocks of the link codec: how one field of the view is written
// into the URL hash and read back. A codec owns one or more keys, writes nothing
// for its default, and reads what it cannot understand as the default, naming
// the part it dropped. viewFields.ts declares the view's fields with these.

import { firstDay, formatDay, parsePartialDate } from '../model/dates';
import { parseDayRange, type DayRange } from '../model/dayRangeText';
import type { CameraView, PathQuery, Selection } from './viewFields';

/** The parts of a link, for codecs to read. */
export interface LinkParts {
  /** the raw (still URI-encoded) text of a key; undefined when the link has no such part */
  get(key: string): string | undefined;
  /** names a part that is not valid: it is dropped */
  bad(key: string, raw: string): void;
}

export interface FieldCodec<T> {
  readonly keys: readonly string[];
  /** Writes the parts that say `value`; nothing for the default. */
  write(value: T, put: (key: string, text: string) => void): void;
  /** The value the parts say: the default where they say nothing, or nothing valid. */
  read(parts: LinkParts): T;
}

/** A codec before it knows the field's default and equality (viewFields.ts gives them once). */
export type CodecSpec<T> = (fallback: T, equals: (a: T, b: T) => boolean) => FieldCodec<T>;

/** Decodes one URI component; null when it is malformed. */
export function decodeItem(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** One key, one value: written with `format`, read with `parse` (undefined: not valid). */
export function scalar<T>(key: string, format: (v: T) => string, parse: (raw: string) => T | undefined): CodecSpec<T> {
  return (fallback, equals) => ({
    keys: [key],
    write(value, put) {
      if (!equals(value, fallback)) put(key, format(value));
    },
    read(parts) {
      const raw = parts.get(key);
      if (raw === undefined) return fallback;
      const value = parse(raw);
      if (value !== undefined) return value;
      parts.bad(key, raw);
      return fallback;
    },
  });
}

/** "1" or "0". */
export const flag = (key: string): CodecSpec<boolean> =>
  scalar(
    key,
    (v) => (v ? '1' : '0'),
    (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
  );

/** One of a fixed list of words (or numbers, written as themselves). */
export function oneOf<T extends string | number>(key: string, allowed: readonly T[]): CodecSpec<T> {
  return scalar(key, String, (raw) => allowed.find((v) => String(v) === raw));
}

/** An exact day, ISO 8601 (YYYY-MM-DD), as a day number; null is the default "open". */
export const dayOrNull = (key: string): CodecSpec<number | null> =>
  scalar<number | null>(key, (v) => formatDay(v!), parseDay);

/** A day number from exact-day ISO text; undefined for anything else. */
export function parseDay(text: string): number | undefined {
  const r = parsePartialDate(text);
  return r.ok && r.date.precision === 'day' ? firstDay(r.date) : undefined;
}

/** Free text, URI-encoded; null when absent. */
export const textOrNull = (key: string): CodecSpec<string | null> =>
  scalar(
    key,
    (v) => encodeURIComponent(v!),
    (raw) => {
      const v = decodeItem(raw);
      return v === null || v === '' ? undefined : v;
    },
  );

/** A set of words, comma-separated, each URI-encoded; items not allowed (or malformed) are dropped one by one. */
export function setOf<T extends string>(key: string, allowed?: readonly T[]): CodecSpec<ReadonlySet<T>> {
  return (fallback, equals) => ({
    keys: [key],
    write(value, put) {
      if (!equals(value, fallback)) put(key, [...value].map(encodeURIComponent).join(','));
    },
    read(parts) {
      const raw = parts.get(key);
      if (raw === undefined) return fallback;
      const out = new Set<T>();
      for (const item of raw.split(',')) {
        const v = decodeItem(item);
        if (v === null || v === '' || (allowed && !(allowed as readonly string[]).includes(v))) parts.bad(key, item);
        else out.add(v as T);
      }
      return out;
    },
  });
}

/** Two day ranges, "from..to,from..to"; null when absent. */
export const rangePairOrNull = (key: string): CodecSpec<{ a: DayRange; b: DayRange } | null> =>
  scalar(
    key,
    (v) => [v!.a, v!.b].map((r) => `${formatDay(r.from)}..${formatDay(r.to)}`).join(','),
    (raw) => {
      const ranges = raw.split(',').map(parseDayRange);
      if (ranges.length !== 2 || !ranges[0].ok || !ranges[1].ok) return undefined;
      return { a: ranges[0].range, b: ranges[1].range };
    },
  );

/** Numbers, comma-separated; the shortest text that reads back to the same double (-0 kept). */
export function numbers(values: readonly number[]): string {
  return values.map((n) => (Object.is(n, -0) ? '-0' : String(n))).join(',');
}

/**
 * An object whose properties each have a codec of their own (the analysis
 * settings: k, claimed, colour, size): each written only where it differs from
 * its own default.
 */
export function record<T extends object>(parts: { [K in keyof T]: CodecSpec<T[K]> }): CodecSpec<T> {
  return (fallback) => {
    const codecs = (Object.keys(parts) as (keyof T)[]).map((k) => [k, parts[k](fallback[k], Object.is)] as const);
    return {
      keys: codecs.flatMap(([, c]) => c.keys),
      write(value, put) {
        for (const [k, c] of codecs) c.write(value[k], put);
      },
      read(link) {
        return Object.fromEntries(codecs.map(([k, c]) => [k, c.read(link)])) as T;
      },
    };
  };
}

/** The selected actor ("actor") or line ("edge"). */
export const selectionCodec: CodecSpec<Selection | null> = () => ({
  keys: ['actor', 'edge'],
  write(value, put) {
    if (value?.kind === 'actor') put('actor', encodeURIComponent(value.id));
    if (value?.kind === 'edge') put('edge', encodeURIComponent(value.key));
  },
  read(parts) {
    let out: Selection | null = null;
    for (const key of ['edge', 'actor'] as const) {
      const raw = parts.get(key);
      if (raw === undefined) continue;
      const v = decodeItem(raw);
      if (v === null || v === '') parts.bad(key, raw);
      // an actor wins over a line: both cannot be selected
      else out = key === 'actor' ? { kind: 'actor', id: v } : { kind: 'edge', key: v };
    }
    return out;
  },
});

/** The camera: centre x, y and zoom ratio. */
export const cameraCodec = scalar<CameraView | null>(
  'cam',
  (c) => numbers([c!.x, c!.y, c!.ratio]),
  (raw) => {
    const n = raw.split(',').map((x) => (x.trim() === '' ? NaN : Number(x)));
    return n.length === 3 && n.every(Number.isFinite) && n[2] > 0 ? { x: n[0], y: n[1], ratio: n[2] } : undefined;
  },
);

/** A path's two ends (either may be empty) and whether only cooperative ties count. */
export const pathCodec: CodecSpec<PathQuery> = (fallback) => ({
  keys: ['path', 'chain'],
  write(value, put) {
    if (value.from !== null || value.to !== null) {
      put('path', [value.from ?? '', value.to ?? ''].map(encodeURIComponent).join(','));
    }
    if (value.cooperativeOnly) put('chain', '1');
  },
  read(parts) {
    const out = { ...fallback };
    const path = parts.get('path');
    if (path !== undefined) {
      const ends = path.split(',').map(decodeItem);
      if (ends.length !== 2 || ends.some((e) => e === null) || ends.every((e) => e === '')) parts.bad('path', path);
      else [out.from, out.to] = [ends[0] || null, ends[1] || null];
    }
    const chain = parts.get('chain');
    if (chain === '1') out.cooperativeOnly = true;
    else if (chain !== undefined) parts.bad('chain', chain);
    return out;
  },
});
