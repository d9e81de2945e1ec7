// Odd and hostile CSV sets: problems placed in the right file, row and column;
// ids that are names of Object's own properties; cells the export guards; and
// the CSV set (and zip) reopening to the dataset it was written from.
import { describe, expect, it } from 'vitest';
import { cellValue, decodeList, encodeList } from '../../src/io/csvCells';
import { datasetToCsv, datasetToCsvZip } from '../../src/io/csvExport';
import { readCsvDataset } from '../../src/io/csvImport';
import { readJsonDataset } from '../../src/io/json';
import { readDatasetFiles } from '../../src/io/readDataset';
import { describeProblem } from '../../src/model/problems';
import type { Dataset } from '../../src/model/types';

const csv = (d: Dataset) => Object.entries(datasetToCsv(d)).map(([name, text]) => ({ name, text }));

function reopened(d: Dataset): Dataset {
  const r = readDatasetFiles([{ name: 'export.zip', bytes: datasetToCsvZip(d) }]).result;
  if (!r.ok) throw new Error(r.errors.map(describeProblem).join('\n'));
  return r.dataset;
}

const PROTO_IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

describe('where a CSV problem is', () => {
  it("names a relation's source column as source, and an evidence item's as evidence_source", () => {
    const v = readCsvDataset([
      { name: 'actors.csv', text: 'id,label,kind\na,A,state\n' },
      { name: 'relations.csv', text: 'id,source,target,type,evidence_source,by\nr1,ghost,a,backs,s,nobody\n' },
      { name: 'sources.csv', text: 'id,title,derived_from\ns,S,elsewhere\n' },
    ]);
    expect(v.errors.map(describeProblem)).toEqual([
      'sources.csv, row 2, column derived_from: unknown source "elsewhere": expected the id of a source in $.sources',
      'relations.csv, row 2, column source: unknown actor "ghost": expected the id of an actor in $.actors',
      'relations.csv, row 2, column by: unknown actor "nobody": expected the id of an actor in $.actors',
    ]);
    const e = readCsvDataset([
      { name: 'actors.csv', text: 'id,label,kind\na,A,state\n' },
      { name: 'relations.csv', text: 'id,source,target,type,evidence_source\nr1,a,a,backs,\nr2,a,a,backs,nowhere\n' },
      { name: 'sources.csv', text: 'id,title\n' },
    ]);
    expect(e.errors.map(describeProblem)).toEqual([
      'relations.csv, row 3, column evidence_source: unknown source "nowhere": expected the id of a source in $.sources',
    ]);
  });

  it('places problems of types.csv and meta.csv, and cuts long values short in messages', () => {
    const v = readCsvDataset([
      { name: 'actors.csv', text: `id,label,kind\na,A,${'x'.repeat(5000)}\n` },
      { name: 'relations.csv', text: 'id,source,target,type\n' },
      { name: 'types.csv', text: 'id,label,sign,directed,kind\nt,T,2,maybe,material\n' },
      { name: 'meta.csv', text: 'title,updated\nT,2024-13\n' },
    ]);
    expect(v.errors.map(describeProblem)).toEqual([
      `actors.csv, row 2, column kind: unknown kind "${'x'.repeat(60)}…": expected one of state, state-institution, armed-group, umbrella, alliance, political, person, organisation`,
      'types.csv, row 2, column directed: "maybe": expected true or false',
      'meta.csv, row 2, column updated: "2024-13": month 13 does not exist (01 to 12)',
      'types.csv, row 2, column sign: expected -1, 0 or 1',
    ]);
  });
});

describe('ids that are names of Object.prototype', () => {
  const d: Dataset = {
    format: 'faultlines/1',
    meta: { title: 'proto' },
    sources: PROTO_IDS.map((id) => ({ id, title: id })),
    actors: PROTO_IDS.map((id) => ({ id, label: id, kind: 'state' as const })),
    relations: PROTO_IDS.map((id, k) => ({
      id,
      source: id,
      target: PROTO_IDS[(k + 1) % PROTO_IDS.length],
      type: 'backs',
      evidence: [{ source: id, stance: 'supports' as const, quote: id, by: id }],
    })),
  };

  it('are ordinary ids in the CSV reader', () => {
    const v = readCsvDataset(csv(d));
    expect(v.ok && v.dataset).toEqual(d);
  });

  it('are ordinary ids in the JSON reader', () => {
    const v = readJsonDataset(JSON.stringify(d));
    expect(v.ok && v.dataset.actors.map((a) => a.id)).toEqual(PROTO_IDS);
    expect(v.ok && v.dataset.relations.map((r) => r.evidence?.[0].source)).toEqual(PROTO_IDS);
  });

  it('are columns like others in a CSV header', () => {
    const v = readCsvDataset([
      { name: 'actors.csv', text: 'id,label,kind,__proto__,constructor\na,A,state,x,y\n' },
      { name: 'relations.csv', text: 'id,source,target,type\n' },
    ]);
    expect(v.errors.map((e) => e.message.slice(0, 30))).toEqual([
      'unknown column "__proto__": ex',
      'unknown column "constructor": ',
    ]);
  });
});

describe('the CSV export reopens to what was exported', () => {
  const base: Dataset = {
    format: 'faultlines/1',
    meta: { title: 'Round trip', description: 'a, "b"\r\nc', updated: '2024-12-01' },
    sources: [
      { id: 's', title: "'=SUM(A1)", derivedFrom: ['s|2', ' s3'] },
      { id: 's|2', title: 'x' },
      { id: ' s3', title: "'quoted" },
    ],
    actors: [
      { id: 'x', label: 'X', kind: 'state', aliases: ['a|b', 'c'], x: -1.5, y: 2e-7, colour: '#aabbcc', size: 3 },
      { id: 'x ', label: '=SUM(A1)', kind: 'person', aliases: ['["json"]'], description: '\r\n' },
      { id: "'", label: '@me', kind: 'person', aliases: [' padded ', ''], short: '\t' },
    ],
    relations: [
      {
        id: 'r',
        source: 'x',
        target: 'x ',
        type: 'funds',
        start: '2024',
        end: 'ongoing',
        status: 'claimed',
        note: '-1',
        evidence: [
          { source: 's', stance: 'supports', quote: '+1', by: "'", speaker: ' ', credibility: 2 },
          { source: ' s3', stance: 'disputes', quote: "''" },
        ],
      },
      { id: 'r ', source: 'x ', target: 'x', type: 'backs' },
    ],
    relationTypes: [
      { id: 'funds', label: 'funds', sign: 1, directed: true, kind: 'material', weight: 2.5, colour: '#123' },
      { id: 'backs', label: 'backs (heavier)', sign: -1, directed: false, kind: 'verbal', weight: 0, description: 'x' },
    ],
  };

  it('keeps custom types, weights, meta, ids differing by a space, guards, line breaks and separators', () => {
    expect(reopened(base)).toEqual(base);
    expect(readCsvDataset(csv(base)).ok && readCsvDataset(csv(base))).toMatchObject({ dataset: base });
  });

  it('undoes exactly the guard it adds, and trims hand-written cells', () => {
    expect(["'=SUM(A1)", "''=SUM(A1)", "'x", "'' ", " 'x ", '  a  ', "' a "].map(cellValue)).toEqual([
      '=SUM(A1)',
      "'=SUM(A1)",
      "'x",
      "' ",
      "'x",
      'a',
      ' a ',
    ]);
  });

  it('writes a list with "|" when that reads back, and as JSON otherwise', () => {
    expect(encodeList(['a', 'b c'])).toBe('a|b c');
    expect(encodeList(['a|b', 'c'])).toBe('["a|b","c"]');
    expect(encodeList([' a'])).toBe('[" a"]');
    expect(encodeList(['[1]'])).toBe('[1]'); // not an array of strings: read as the one item it is
    expect(encodeList(['["x"]'])).toBe('["[\\"x\\"]"]');
    expect(decodeList(' A | B |')).toEqual(['A', 'B']); // a hand-written list
    expect(decodeList('[not json')).toEqual(['[not json']);
  });

  it('still reads the CSV that earlier exports and people wrote', () => {
    const v = readCsvDataset([
      {
        name: 'actors.csv',
        text: '\uFEFFid, label ,kind,aliases\r\n a , A ,state, The A | AM \r\n"b","\'=B",state,\r\n',
      },
      { name: 'relations.csv', text: 'id,source,target,type,evidence_source\r\nr1,a,b,backs,s\r\n\r\n' },
    ]);
    expect(v.ok && v.dataset.actors).toEqual([
      { id: 'a', label: 'A', kind: 'state', aliases: ['The A', 'AM'] },
      { id: 'b', label: '=B', kind: 'state' },
    ]);
    expect(v.ok && v.dataset.meta.title).toBe('CSV dataset');
  });
});
