import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessMapping, mappingProblem, readMappedCsv } from '../../src/io/columnMapping';
import { readDatasetFiles } from '../../src/io/readDataset';
import { rememberedMapping, rememberMapping } from '../../src/state/mappingMemory';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

const CSV = [
  'from,to,type,date,end,notes,publisher,url',
  'HTS,Syrian army,fights,2024-11-27,,"Rebels attacked",Reuters,https://reuters.com/a',
  'Turkey,SNA,backs,2015,ongoing,,Reuters,https://reuters.com/b',
  'Iran,Syrian army,pledges support,2024-12-01,,,,',
  'HTS,Turkey,talks,2024-11-29,,,,',
].join('\n');

describe('a CSV mapped by its columns', () => {
  it('guesses the mapping from common column names, each column once', () => {
    expect(guessMapping(['from', 'to', 'type', 'date', 'end', 'notes', 'publisher', 'url'])).toEqual({
      source: 'from',
      target: 'to',
      type: 'type',
      start: 'date',
      end: 'end',
      quote: 'notes',
      publisher: 'publisher',
      url: 'url',
    });
    expect(guessMapping(['actor1', 'actor2', 'event_date', 'Source'])).toEqual({
      source: 'actor1',
      target: 'actor2',
      start: 'event_date',
    });
    expect(guessMapping(['a', 'b'])).toEqual({});
  });

  it('reads each row as a relation between two actors, with its type, dates and evidence', () => {
    const mapping = guessMapping(CSV.split('\n')[0].split(','));
    expect(mappingProblem(mapping, CSV.split('\n')[0].split(','))).toBeNull();
    const v = readMappedCsv({ name: 'ties.csv', text: CSV }, mapping);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.dataset.actors.map((a) => a.label)).toEqual(['HTS', 'Syrian army', 'Turkey', 'SNA', 'Iran']);
    expect(v.dataset.relations.map((r) => [r.source, r.target, r.type, r.start, r.end])).toEqual([
      ['hts', 'syrian-army', 'fights', '2024-11-27', undefined],
      ['turkey', 'sna', 'backs', '2015', 'ongoing'],
      ['iran', 'syrian-army', 'pledges-support', '2024-12-01', undefined],
      ['hts', 'turkey', 'related-to', '2024-11-29', undefined],
    ]);
    expect(v.dataset.relations[0].evidence).toEqual([
      { source: 'source-1', stance: 'supports', quote: 'Rebels attacked' },
    ]);
    expect(v.dataset.relations[3].note).toBe('type in the file: talks');
    expect(v.warnings.map((w) => w.message)).toContain(
      '1 rows name no relation type this app knows: they load as "related to" (the type is kept in the note)',
    );
  });

  it('names the row and column of a bad date, and what is missing from a mapping', () => {
    const bad = CSV.replace('2024-12-01', '1 Dec 2024');
    const v = readMappedCsv({ name: 'ties.csv', text: bad }, guessMapping(CSV.split('\n')[0].split(',')));
    expect(v.ok).toBe(false);
    expect(v.errors.map((e) => `${e.place}: ${e.message}`)).toEqual([
      'ties.csv, row 4, column date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "1 Dec 2024"',
    ]);
    expect(mappingProblem({ source: 'from' }, ['from', 'to'])).toBe('choose the column that holds the target actor');
    expect(mappingProblem({ source: 'from', target: 'from' }, ['from'])).toBe(
      'the source and target actors must be different columns',
    );
  });

  it('reads a mode column: a mode the app knows in any case, another word kept in the note', () => {
    const text = [
      'who,whom,tie,mode',
      'Iran,Syrian army,backs,Intention',
      'HTS,Turkey,talks,rumour',
      'SNA,SDF,fights,',
    ].join('\n');
    const mapping = guessMapping(['who', 'whom', 'tie', 'mode']);
    expect(mapping.mode).toBe('mode');
    const v = readMappedCsv({ name: 'modes.csv', text }, { ...mapping, source: 'who', target: 'whom' });
    expect(v.ok && v.dataset.relations.map((r) => [r.type, r.mode, r.note])).toEqual([
      ['backs', 'intention', undefined],
      ['related-to', undefined, 'type in the file: talks; mode in the file: rumour'],
      ['fights', undefined, undefined],
    ]);
    expect(v.warnings.map((w) => w.message)).toContain(
      '1 row names a mode other than act, intention, offer, threat, conditional: it loads as an act (the word is kept in the note)',
    );
  });

  it('a CSV the app does not know asks for a mapping; with it, opens', () => {
    const asked = readDatasetFiles([{ name: 'ties.csv', text: CSV }]);
    expect(asked.needsMapping?.header).toEqual(['from', 'to', 'type', 'date', 'end', 'notes', 'publisher', 'url']);
    expect(asked.needsMapping?.rows.length).toBe(4);
    expect(
      readDatasetFiles([{ name: 'ties.csv', text: CSV }], undefined, { mapping: { source: 'from', target: 'to' } })
        .result.ok,
    ).toBe(true);
    // the app's own CSV set is not asked about
    expect(readDatasetFiles([{ name: 'relations.csv', text: 'id,source\n' }]).needsMapping).toBeUndefined();
  });

  it('remembers the mapping per header, keeping only columns the header has', () => {
    const items = new Map<string, string>();
    const store = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
    };
    rememberMapping(['a', 'b', 'c'], { source: 'a', target: 'b', quote: 'gone' }, store);
    expect(rememberedMapping(['a', 'b', 'c'], store)).toEqual({ source: 'a', target: 'b' });
    expect(rememberedMapping(['a', 'b'], store)).toBeNull();
  });

  it('never throws on any text and mapping, and what it opens validates', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'B', ',', '"', '\n', ' ', '2', '-', ';', '\t', 'é'),
      maxLength: 60,
    });
    fc.assert(
      fc.property(cell, fc.constantFrom('a', 'b', 'c', 'x'), fc.constantFrom('a', 'b', 'c', 'y'), (text, s, t) => {
        const v = readMappedCsv({ name: 'f.csv', text: `a,b,c\n${text}` }, { source: s, target: t, start: 'c' });
        expect(Array.isArray(v.errors)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
