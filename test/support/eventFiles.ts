// What the ACLED, UCDP and GDELT tests do with event files: open the samples in
// test/fixtures/events/, read a file with a format's reader and its problems,
// and make the events a dataset that must be valid.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { EventFile } from '../../src/io/eventCsvRows';
import type { EventRecord } from '../../src/io/eventRecords';
import { eventsToDataset, type EventsDatasetOptions } from '../../src/io/eventsDataset';
import { describeProblem, ProblemList } from '../../src/model/problems';
import type { Dataset } from '../../src/model/types';
import { validateDataset } from '../../src/model/validate';

export type EventReader = (file: EventFile, problems: { errors: ProblemList; warnings: ProblemList }) => EventRecord[];

/** A sample of test/fixtures/events/, named as the file is. */
export function eventFixture(name: string): EventFile {
  return { name, text: readFileSync(new URL(`../fixtures/events/${name}`, import.meta.url), 'utf8') };
}

/** A file read with `reader`: its events, and its errors and warnings, each list holding at most `cap`. */
export function readEventFile(reader: EventReader, file: EventFile, cap = 100) {
  const errors = new ProblemList(cap);
  const warnings = new ProblemList(cap);
  const events = reader(file, { errors, warnings });
  return { events, errors, warnings };
}

/** A file read with `reader`, its problems as the app words them ("x.csv, row 3, column actor1: …"). */
export function readEventFileDescribed(reader: EventReader, file: EventFile) {
  const { events, errors, warnings } = readEventFile(reader, file);
  return { events, errors: errors.items.map(describeProblem), warnings: warnings.items.map(describeProblem) };
}

/** The events as a dataset, which must pass validation without an error. */
export function validEventsDataset(events: readonly EventRecord[], options: EventsDatasetOptions): Dataset {
  const d = eventsToDataset(events, options);
  const v = validateDataset(d);
  expect(v.errors.map(describeProblem)).toEqual([]);
  expect(v.ok).toBe(true);
  return d;
}
