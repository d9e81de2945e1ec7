// The event formats the app recognises by their columns (ACLED, UCDP GED) or
// their shape (GDELT's tab-separated rows), each with its reader and the types
// its table declares. readDataset.ts asks them in order before falling back to
// the column-mapping step.

import type { ProblemList } from '../model/problems';
import type { RelationType } from '../model/relationTypes';
import { isAcledHeader, readAcledEvents } from './acledImport';
import { CAMEO_TYPES } from './cameoTypes';
import { csvHeader } from './eventCsvRows';
import { isGdeltText, readGdeltEvents } from './gdeltImport';
import type { EventRecord } from './eventRecords';
import { ACLED_TYPES } from './eventTypes';
import { isUcdpHeader, readUcdpEvents } from './ucdpImport';

export interface EventFormat {
  /** as the app says it: "ACLED", "UCDP GED", "GDELT" */
  name: string;
  /** whether a file is of this format, from its name and its first line */
  matches(fileName: string, firstLine: string): boolean;
  read(file: { name: string; text: string }, problems: { errors: ProblemList; warnings: ProblemList }): EventRecord[];
  /** the types its table declares beyond the built-in ones */
  types: readonly RelationType[];
}

export const EVENT_FORMATS: readonly EventFormat[] = [
  {
    name: 'ACLED',
    matches: (_name, line) => isAcledHeader(csvHeader(line)),
    read: readAcledEvents,
    types: ACLED_TYPES,
  },
  {
    name: 'GDELT',
    matches: isGdeltText,
    read: readGdeltEvents,
    types: CAMEO_TYPES,
  },
  {
    name: 'UCDP GED',
    matches: (_name, line) => isUcdpHeader(csvHeader(line)),
    read: readUcdpEvents,
    types: [],
  },
];
