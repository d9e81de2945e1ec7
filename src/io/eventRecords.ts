// Event data (ACLED, UCDP GED, GDELT, and any CSV mapped by its columns) read
// into one shape before it becomes a faultlines/1 dataset: each row an event
// between two parties, on a day, of a relation type, with its evidence. The
// format readers map their columns into this (acledImport.ts, ucdpImport.ts,
// gdeltImport.ts); eventsDataset.ts makes the dataset, rolled up or not.

import type { ActorKind } from '../model/types';

/** One side of an event, as the format names it. */
export interface EventParty {
  /** what identifies it in the format (ACLED's actor name, UCDP's side id, GDELT's code and name) */
  key: string;
  label: string;
  kind: ActorKind;
  /** ISO 3166-1 alpha-2, where the format gives one */
  country?: string;
}

/** A source an event cites. */
export interface EventSource {
  /** what identifies it (a publisher's name, a URL) */
  key: string;
  title: string;
  publisher?: string;
  url?: string;
}

export interface EventEvidence {
  source: EventSource;
  /** the words of the event's report (ACLED notes, a headline) */
  quote?: string;
}

export interface EventRecord {
  /** the row it came from, for messages: "acled.csv, row 12" */
  place: string;
  /** the format's own id of the event */
  eventId: string;
  /** ISO day (YYYY-MM-DD) */
  day: string;
  /**
   * The window in which the event happened, when the format knows only that (UCDP's date_start to
   * date_end, ACLED's days around event_date by its time_precision): it happened once, some day in
   * it, not over all of it. Partial dates as a relation writes them: `end` absent when the window is
   * `start`'s own period (a month). Opened one relation per event, it is the relation's dates, with
   * `once`; rolled up, the event counts in the period of `day`.
   */
  window?: { start: string; end?: string };
  from: EventParty;
  to: EventParty;
  /** a relation type id: built in, or declared by the format's table (eventTypes.ts) */
  type: string;
  location?: string;
  /** what the format says of the event besides its evidence ("Battles / Armed clash; 3 fatalities") */
  note?: string;
  evidence: EventEvidence[];
}

/** How events are rolled up on opening: one relation per pair, type and period; or one per event. */
export type Rollup = 'none' | 'week' | 'month' | 'year';
export const ROLLUPS: readonly Rollup[] = ['none', 'week', 'month', 'year'];
