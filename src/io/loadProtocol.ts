// Messages between the page and the loading worker. Every dataset (the bundled
// one, a file, a link) comes this way. The relations travel in chunks, so that
// no single message takes the page long to receive; what was prepared (groups,
// filter index with the relations' days, layout, communities) crosses once, as
// typed arrays transferred, not copied. A large dataset that needs a layout comes
// with a quick one, and its final positions follow in one more message, computed
// once the page says the quick one is drawn.

import type { Prepared } from '../model/prepare';
import type { Problem } from '../model/problems';
import type { RelationType } from '../model/relationTypes';
import type { Dataset } from '../model/types';
import type { InputFile, ReadLimits, ReadOptions, ReadOutcome } from './readDataset';

export type LoadRequest =
  | { type: 'files'; files: (File | InputFile)[]; limits?: ReadLimits; options?: ReadOptions }
  | { type: 'url'; url: string; limits?: ReadLimits; options?: ReadOptions };

/**
 * What the page sends the loading worker: a load, then, after a `done` that was settling, `settle`: the
 * quick layout is drawn, the worker may take the CPU for the final one (on two cores they would share it).
 */
export type ToLoadWorker = LoadRequest | { type: 'settle' };

/** Relations per message: receiving one chunk stays well under a frame's worth of work. */
export const RELATIONS_PER_CHUNK = 5_000;

export type LoadMessage =
  | { type: 'progress'; stage: string; fraction: number | null }
  | { type: 'failed'; name: string; errors: Problem[]; errorCount: number; warnings: Problem[]; warningCount: number }
  /** a table whose columns the app does not know: the page asks the analyst to map them, then loads again */
  | { type: 'needs-mapping'; mapping: NonNullable<ReadOutcome['needsMapping']> }
  /** a chunk of relations as JSON text: the page parses it faster, and with less garbage, than it receives cloned objects */
  | { type: 'relations'; json: string }
  | {
      type: 'done';
      name: string;
      /** the dataset without its relations (they came in chunks) */
      head: Omit<Dataset, 'relations'>;
      types: [string, RelationType][];
      /** prepared.positions are a quick layout: the final ones follow in a `positions` message */
      settling: boolean;
      prepared: Prepared;
      warnings: Problem[];
      warningCount: number;
      /** an event file: its format, how many events, how they were rolled up */
      events?: ReadOutcome['events'];
    }
  /** after a settling `done` (and `settle`): the final x, y of actor k at [2k], [2k + 1], prepare's; transferred */
  | { type: 'positions'; positions: Float64Array };
