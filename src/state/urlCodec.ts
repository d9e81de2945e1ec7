// The view in the URL hash: a pure codec over the fields viewFields.ts
// declares, so that a link reproduces exactly what the sender saw. Short keys,
// defaults omitted. Decoding never throws: unknown or invalid parts are dropped,
// each named in a notice, and given the open data it also drops what that data
// lacks (a type, an actor, a line), naming each.

import type { Story } from '../model/types';
import { scalar, textOrNull, type LinkParts } from './linkCodecs';
import { packStory, unpackStory } from './storyPacking';
import { consistentView } from './viewRules';
import { VIEW_DEFAULTS, VIEW_FIELDS, VIEW_KEYS, type DataFacts, type View, type ViewKey } from './viewFields';

/** A story being presented, at one step (0-based; a link writes it 1-based: "step=1" is the first). */
export interface StoryAt {
  id: string;
  step: number;
}

export interface Link {
  /** the dataset's URL, when it was loaded from one */
  data: string | null;
  /** short fingerprint of the dataset the link was made on */
  fingerprint: string | null;
  view: View;
  /** the story presented, and at which step */
  story?: StoryAt | null;
  /** the story itself, where the dataset does not hold it as it is (written in the sender's browser) */
  carried?: Story | null;
}

export interface DecodedLink extends Link {
  /** what was dropped, each named: "ignored unknown part "foo"", "ignored "from": ... is not valid" */
  notices: string[];
}

const DATA = textOrNull('data')(null, Object.is);
const FINGERPRINT = textOrNull('fp')(null, Object.is);

/** The analysis panel's switch: the panel's fields are in a link only while it is open (it is itself one). */
const PANEL: ViewKey = 'analysisOpen';
const inPanel = (k: ViewKey) => VIEW_FIELDS[k].group === 'analysis';

const STORY = textOrNull('story')(null, Object.is);
const STEP = scalar<number>(
  'step',
  (n) => String(n + 1),
  (raw) => (/^[1-9][0-9]{0,3}$/.test(raw) ? Number(raw) - 1 : undefined),
)(0, Object.is);
const CARRIED = 'storydata';

const KNOWN_KEYS = new Set([
  ...DATA.keys,
  ...FINGERPRINT.keys,
  ...STORY.keys,
  ...STEP.keys,
  CARRIED,
  ...VIEW_KEYS.flatMap((k) => VIEW_FIELDS[k].codec.keys),
]);

/** A view with the panel's fields at their defaults while the panel is closed: what a link can hold. */
export function linkable(view: View): View {
  if (view.analysisOpen) return view;
  const out: Record<string, unknown> = { ...view };
  for (const k of VIEW_KEYS) if (inPanel(k)) out[k] = VIEW_DEFAULTS[k];
  return out as View;
}

/** The hash (without "#") for a link; defaults are left out. */
export function encodeLink(link: Link): string {
  const parts: string[] = [];
  const put = (key: string, text: string) => parts.push(`${key}=${text}`);
  DATA.write(link.data, put);
  FINGERPRINT.write(link.fingerprint, put);
  if (link.story) {
    STORY.write(link.story.id, put);
    put('step', String(link.story.step + 1));
    if (link.carried) put(CARRIED, packStory(link.carried));
  }
  for (const k of VIEW_KEYS) {
    if (inPanel(k) && !link.view.analysisOpen) continue;
    (VIEW_FIELDS[k].codec.write as (v: unknown, p: typeof put) => void)(link.view[k], put);
  }
  return parts.join('&');
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * The link a hash describes (with or without its "#"); never throws. With the
 * open data's facts, what the data lacks is dropped too, and a link made on
 * other data says so.
 */
export function decodeLink(hash: string, data?: DataFacts): DecodedLink {
  const notices: string[] = [];
  const notice = (text: string) => notices.push(text);
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const raw = new Map<string, string>();
  for (const part of body.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const [key, value] = eq < 0 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)];
    if (KNOWN_KEYS.has(key)) raw.set(key, value);
    else notice(`ignored unknown part "${shorten(key)}"`);
  }
  const parts: LinkParts = {
    get: (key) => raw.get(key),
    bad: (key, value) => notice(`ignored "${shorten(key)}": "${shorten(value)}" is not valid`),
  };
  const link: Link = {
    data: DATA.read(parts),
    fingerprint: FINGERPRINT.read(parts),
    view: { ...VIEW_DEFAULTS },
    ...readStory(raw, parts, notice),
  };
  const view = link.view as Record<ViewKey, unknown>;
  view[PANEL] = VIEW_FIELDS[PANEL].codec.read(parts);
  const unread: string[] = [];
  for (const k of VIEW_KEYS) {
    if (k === PANEL) continue;
    if (!inPanel(k) || link.view.analysisOpen) view[k] = VIEW_FIELDS[k].codec.read(parts);
    else unread.push(...VIEW_FIELDS[k].codec.keys.filter((key) => raw.has(key)));
  }
  if (unread.length > 0) {
    notice(`ignored ${unread.map((k) => `"${k}"`).join(', ')}: the analysis panel is not open (an=1)`);
  }
  link.view = consistentView(link.view, notice);
  if (data) link.view = cleanView(link.view, link.fingerprint, data, notice);
  return { ...link, notices };
}

/** The story part of a link: which story, which step, and the story itself where carried. */
function readStory(raw: ReadonlyMap<string, string>, parts: LinkParts, notice: (text: string) => void) {
  const id = STORY.read(parts);
  if (id === null) {
    for (const key of [...STEP.keys, CARRIED]) if (raw.has(key)) notice(`ignored "${key}": the link names no story`);
    return { story: null, carried: null };
  }
  const step = STEP.read(parts);
  const packed = raw.get(CARRIED);
  if (packed === undefined) return { story: { id, step }, carried: null };
  const unpacked = unpackStory(packed);
  if (!unpacked.ok) {
    notice(`ignored "${CARRIED}": ${unpacked.message}`);
    return { story: { id, step }, carried: null };
  }
  return { story: { id: unpacked.story.id, step }, carried: unpacked.story };
}

/** Drops what the open data lacks, naming each; says so when the link was made on other data. */
function cleanView(view: View, fingerprint: string | null, data: DataFacts, notice: (text: string) => void): View {
  const out = { ...view } as Record<ViewKey, unknown>;
  for (const k of VIEW_KEYS) {
    const clean = VIEW_FIELDS[k].clean as ((v: unknown, d: DataFacts, n: typeof notice) => unknown) | undefined;
    if (clean) out[k] = clean(out[k], data, notice);
  }
  if (fingerprint !== null && fingerprint !== data.fingerprint) {
    notice(
      `this link was made on different data (fingerprint ${fingerprint}; the open dataset is ${data.fingerprint}): what you see may differ from what the sender saw`,
    );
  }
  // Focus goes with a selected actor the data lacked
  return consistentView(out as View, notice);
}
