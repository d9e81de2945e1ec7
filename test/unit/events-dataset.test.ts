import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/io/eventRecords';
import { eventsToDataset, periodOf, slug } from '../../src/io/eventsDataset';
import { validateDataset } from '../../src/model/validate';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

const party = (name: string) => ({ key: name, label: name, kind: 'armed-group' as const });
const reuters = { key: 'Reuters', title: 'Reuters', publisher: 'Reuters' };

function event(id: string, day: string, from = 'HTS', to = 'Syrian army', type = 'fights'): EventRecord {
  return {
    place: `events.csv, row ${id}`,
    eventId: id,
    day,
    from: party(from),
    to: party(to),
    type,
    location: 'Aleppo',
    note: 'Battles / Armed clash',
    evidence: [{ source: reuters, quote: `event ${id}` }],
  };
}

describe('events as a dataset', () => {
  it('one relation per event, dated, with its evidence; actors and sources once each', () => {
    const d = eventsToDataset([event('SYR1', '2024-11-27'), event('SYR2', '2024-11-28', 'SNA', 'SDF')], {
      title: 'Events',
      rollup: 'none',
    });
    expect(d.actors.map((a) => a.id)).toEqual(['hts', 'syrian-army', 'sna', 'sdf']);
    expect(d.sources).toEqual([{ id: 'reuters', title: 'Reuters', publisher: 'Reuters' }]);
    expect(d.relations[0]).toEqual({
      id: 'syr1',
      source: 'hts',
      target: 'syrian-army',
      type: 'fights',
      start: '2024-11-27',
      location: 'Aleppo',
      note: 'Battles / Armed clash',
      evidence: [{ source: 'reuters', stance: 'supports', quote: 'event SYR1' }],
    });
    expect(validateDataset(d).ok).toBe(true);
  });

  it('an event known only within a window is a one-off event in it, one per event; rolled up, counted by its day', () => {
    const events = [
      { ...event('U1', '2024-11-27'), window: { start: '2024-11-27', end: '2024-11-30' } },
      { ...event('U2', '2024-11-15'), window: { start: '2024-11' } },
      event('U3', '2024-11-28'),
    ];
    const d = eventsToDataset(events, { title: 'E', rollup: 'none' });
    expect(d.relations.map((r) => [r.id, r.start, r.end, r.once, r.note])).toEqual([
      ['u1', '2024-11-27', '2024-11-30', true, 'Battles / Armed clash'],
      ['u2', '2024-11', undefined, true, 'Battles / Armed clash'],
      ['u3', '2024-11-28', undefined, undefined, 'Battles / Armed clash'],
    ]);
    expect(validateDataset(d).ok).toBe(true);
    // an aggregate over its period, never once
    const week = eventsToDataset(events, { title: 'E', rollup: 'week' });
    expect(week.relations.map((r) => [r.start, r.end, r.once, r.note])).toEqual([
      ['2024-11-25', '2024-12-01', undefined, '2 events (U1, U3)'],
      ['2024-11-11', '2024-11-17', undefined, '1 event (U2)'],
    ]);
  });

  it('rolled up by month, week or year: one relation per pair, type and period, its events counted and kept', () => {
    const events = [
      event('A', '2024-11-27'),
      event('B', '2024-11-28'),
      event('C', '2024-12-02'),
      event('D', '2024-11-29', 'HTS', 'Syrian army', 'strikes'),
    ];
    const month = eventsToDataset(events, { title: 'E', rollup: 'month' });
    expect(month.relations.map((r) => [r.type, r.start, r.end, r.evidence?.length, r.note])).toEqual([
      ['fights', '2024-11', undefined, 2, '2 events (A, B)'],
      ['fights', '2024-12', undefined, 1, '1 event (C)'],
      ['strikes', '2024-11', undefined, 1, '1 event (D)'],
    ]);
    const week = eventsToDataset(events, { title: 'E', rollup: 'week' });
    // 27 Nov 2024 is a Wednesday: its ISO week runs from Monday 25 Nov to Sunday 1 Dec
    expect(week.relations.map((r) => [r.type, r.start, r.end])).toEqual([
      ['fights', '2024-11-25', '2024-12-01'],
      ['fights', '2024-12-02', '2024-12-08'],
      ['strikes', '2024-11-25', '2024-12-01'],
    ]);
    expect(eventsToDataset(events, { title: 'E', rollup: 'year' }).relations.map((r) => r.start)).toEqual([
      '2024',
      '2024',
    ]);
    for (const d of [month, week]) expect(validateDataset(d).ok).toBe(true);
  });

  it('declares only the types it uses', () => {
    const agrees = {
      id: 'agrees-with',
      label: 'agrees with',
      sign: 1 as const,
      directed: false,
      kind: 'verbal' as const,
    };
    const unused = { ...agrees, id: 'unused' };
    const d = eventsToDataset([event('A', '2024-01-01', 'X', 'Y', 'agrees-with')], {
      title: 'E',
      rollup: 'none',
      relationTypes: [agrees, unused],
    });
    expect(d.relationTypes).toEqual([agrees]);
    expect(validateDataset(d).ok).toBe(true);
  });

  it('ISO weeks start on Monday whatever the day, across months and years', () => {
    expect(periodOf('2024-12-31', 'week')).toMatchObject({ start: '2024-12-30', end: '2025-01-05' });
    expect(periodOf('2024-12-30', 'week')).toMatchObject({ start: '2024-12-30' });
    expect(periodOf('2025-01-05', 'week')).toMatchObject({ start: '2024-12-30' });
    // years before 100 are years, not 1900s (Date.UTC's reading)
    expect(periodOf('0050-03-04', 'week').start.slice(0, 4)).toBe('0050');
    expect(periodOf('9999-12-31', 'week')).toMatchObject({ start: '9999-12-27', end: '9999-12-31' });
  });

  it('gives valid, unique, stable ids to any keys, and the dataset always validates', () => {
    const name = fc.string({ minLength: 1, maxLength: 12 });
    const day = fc
      .integer({ min: 0, max: 3000 })
      .map((n) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10));
    const arbitraryEvent = fc.record({ id: name, day, from: name, to: name });
    fc.assert(
      fc.property(
        fc.array(arbitraryEvent, { maxLength: 30 }),
        fc.constantFrom('none', 'week', 'month', 'year'),
        (rows, rollup) => {
          const events = rows.map((r) => event(r.id, r.day, r.from, r.to));
          const d = eventsToDataset(events, { title: 'E', rollup: rollup as 'none' });
          const v = validateDataset(d);
          expect(v.errors).toEqual([]);
          expect(eventsToDataset(events, { title: 'E', rollup: rollup as 'none' })).toEqual(d);
          expect(new Set(d.actors.map((a) => a.id)).size).toBe(d.actors.length);
          if (rollup === 'none') expect(d.relations.length).toBe(events.length);
          else expect(d.relations.reduce((n, r) => n + (r.evidence?.length ?? 0), 0)).toBe(events.length);
        },
      ),
      { numRuns: RUNS },
    );
    expect(slug('Military Forces of Syria (2000-)')).toBe('military-forces-of-syria-2000');
    expect(slug('!!!')).toBe('x');
  });
});
