// A story step's view: captured from what the store shows (as a link's hash,
// without the dataset, the embed switch or the story itself), and decoded
// against the open data to be shown again.

import type { Store } from './store';
import { factsOf } from './dataFacts';
import type { LoadedDataset } from './loaded';
import { decodeLink, encodeLink, linkable, type DecodedLink } from './urlCodec';
import { pickView, VIEW_DEFAULTS } from './viewFields';

/** The view the store shows, as a step keeps it. */
export function stepViewOf(s: Store): string {
  const view = { ...linkable(pickView(s)), embed: VIEW_DEFAULTS.embed };
  return encodeLink({ data: null, fingerprint: null, view });
}

/** A step's view on the open data, with what the data lacks dropped and named. */
export function decodeStepView(text: string, loaded: LoadedDataset, embed: boolean): DecodedLink {
  const decoded = decodeLink(text, factsOf(loaded));
  // a step is a view, not a link: its own dataset, story and embed parts mean nothing here
  return { ...decoded, view: { ...decoded.view, embed } };
}
