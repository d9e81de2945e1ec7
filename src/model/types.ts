// The dataset format "faultlines/1" (DESIGN.md, "The dataset format"), as it is
// written in a file. Dates stay the text the file gives; model/dates.ts turns them
// into day numbers.

import type { RelationType } from './relationTypes';

export const FORMAT = 'faultlines/1';

export const ACTOR_KINDS = [
  'state',
  'state-institution',
  'armed-group',
  'umbrella',
  'alliance',
  'political',
  'person',
  'organisation',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const STATUSES = ['reported', 'claimed', 'confirmed', 'denied', 'disputed'] as const;
export type Status = (typeof STATUSES)[number];
export const DEFAULT_STATUS: Status = 'reported';

/**
 * What a relation is: an act (done, or in force), or words about one that has not
 * happened: an intention ("will consider sending"), an offer ("ready to negotiate"),
 * a threat, or a statement under a condition. Only acts are firm relations.
 */
export const MODES = ['act', 'intention', 'offer', 'threat', 'conditional'] as const;
export type Mode = (typeof MODES)[number];
export const DEFAULT_MODE: Mode = 'act';

export const STANCES = ['supports', 'disputes'] as const;
export type Stance = (typeof STANCES)[number];

/** Admiralty grades: source reliability A-F, information credibility 1-6. */
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Reliability = (typeof RELIABILITY_GRADES)[number];
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;

export interface Meta {
  title: string;
  description?: string;
  /** partial ISO date */
  updated?: string;
}

export interface Source {
  id: string;
  title: string;
  publisher?: string;
  /** partial ISO date of publication */
  published?: string;
  /** where the source can be read; only http(s) URLs become links */
  url?: string;
  /** the copy of the source kept beside the dataset (data/sources/) */
  file?: string;
  reliability?: Reliability;
  /** sources this one repeats or rewrites: they count as one independent source */
  derivedFrom?: string[];
}

export interface Actor {
  id: string;
  label: string;
  short?: string;
  aliases?: string[];
  kind: ActorKind;
  /** ISO 3166-1 alpha-2 */
  country?: string;
  description?: string;
  /** curated layout position: kept exactly when every actor has one, held fixed otherwise */
  x?: number;
  y?: number;
  /** the file's own colour for the actor (GEXF viz:color, GraphML color), "#rrggbb" */
  colour?: string;
  /** the file's own relative size (GEXF viz:size, GraphML size), a positive number */
  size?: number;
}

export interface Evidence {
  /** id of a source */
  source: string;
  /** the exact words of the source */
  quote?: string;
  stance: Stance;
  /** id of the actor whose statement this is */
  by?: string;
  /** the person or unnamed source quoted, free text */
  speaker?: string;
  credibility?: Credibility;
}

export interface Relation {
  id: string;
  /** actor ids */
  source: string;
  target: string;
  /** a built-in type id or one the dataset declares */
  type: string;
  /** partial ISO date; absent: undated */
  start?: string;
  /** partial ISO date or "ongoing"; absent: an event over start's period */
  end?: string;
  status?: Status;
  /** an act (the default), or an intention, offer, threat or conditional statement */
  mode?: Mode;
  /**
   * true: a single event on one day, not known which, between the first day of
   * `start` and the last of `end` (or within `start`'s period when there is no end);
   * not a state lasting that long
   */
  once?: boolean;
  /** free-text place */
  location?: string;
  /** analyst's note, not evidence */
  note?: string;
  evidence?: Evidence[];
}

/** One step of a story: a complete view with a title and a caption. */
export interface StoryStep {
  title: string;
  /** plain text: paragraphs split by a blank line, *emphasis*, http(s) links (model/captionText.ts) */
  caption?: string;
  /** the view as a link's hash writes it (dates, filters, Focus, selection, analysis, camera) */
  view: string;
}

/** A briefing: a title and ordered steps, presented one after another. */
export interface Story {
  id: string;
  title: string;
  description?: string;
  steps: StoryStep[];
}

export interface Dataset {
  $schema?: string;
  format: typeof FORMAT;
  meta: Meta;
  sources: Source[];
  actors: Actor[];
  relations: Relation[];
  /** extra types, or replacements of built-in ones */
  relationTypes?: RelationType[];
  /** briefings written on this dataset */
  stories?: Story[];
}
