// A story carried in a link, for a story the dataset file does not hold (written
// in this browser): its JSON deflated and base64url-encoded. Unpacking is bounded
// (a link is untrusted: a few kilobytes must not inflate to gigabytes) and the
// story is checked against the format like any file's.

import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import { joinChunks } from '../io/joinChunks';
import { storiesProblem } from '../model/storyCheck';
import type { Story } from '../model/types';

/** The most a carried story may inflate to: far above any real story (200 steps of long captions). */
export const MAX_PACKED_STORY_BYTES = 2 * 1024 * 1024;

function toBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

const packed = new WeakMap<Story, string>();

/** The story as link text (once per story object: the URL sync asks at every change while presenting). */
export function packStory(story: Story): string {
  let text = packed.get(story);
  if (text === undefined) {
    text = toBase64Url(deflateSync(strToU8(JSON.stringify(story)), { level: 9 }));
    packed.set(story, text);
  }
  return text;
}

/** Inflates at most `limit` bytes; null when the data is not deflate or would grow past the limit. */
function boundedInflate(bytes: Uint8Array, limit: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let over = false;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size > limit) over = true;
    else chunks.push(chunk);
  });
  try {
    for (let at = 0; at < bytes.length && !over; at += 1024) {
      inflate.push(bytes.subarray(at, at + 1024), at + 1024 >= bytes.length);
    }
  } catch {
    return null;
  }
  return over ? null : joinChunks(chunks, size);
}

/** The story a link carries, or why it cannot be read (in words, for a notice). */
export function unpackStory(text: string): { ok: true; story: Story } | { ok: false; message: string } {
  const bytes = fromBase64Url(text);
  const json = bytes && boundedInflate(bytes, MAX_PACKED_STORY_BYTES);
  if (!json) return { ok: false, message: 'the story it carries is damaged or too large' };
  let story: unknown;
  try {
    story = JSON.parse(strFromU8(json));
  } catch {
    return { ok: false, message: 'the story it carries is not valid JSON' };
  }
  // checked as the format checks a file's stories: the one definition of a story
  const problem = storiesProblem([story]);
  if (problem) {
    const where = problem.path.slice(1).join('.');
    return { ok: false, message: `the story it carries is not valid (${where}: ${problem.message})` };
  }
  return { ok: true, story: story as Story };
}
