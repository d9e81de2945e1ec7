// GEXF export and reader under generated input. (1) Any valid dataset, with
// custom relation types, weights, odd whitespace, control characters,
// formula-like text and separators in aliases, is exported and reopened through
// readDatasetFiles to the same dataset, up to what XML 1.0 itself cannot hold
// (and an end equal to its start, read as none: the same interval).
// (2) readGexfDataset never throws, on arbitrary text or on real GEXF files
// (the fixtures and the app's own exports) cut, edited, with elements dropped or
// doubled and attributes given odd values: it returns a dataset, or errors that
// each say where.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetToGexf } from '../../src/io/gexfExport';
import { readGexfDataset } from '../../src/io/gexfImport';
import { readDatasetFiles } from '../../src/io/readDataset';
import type { Dataset } from '../../src/model/types';
import { validateDataset, type Validation } from '../../src/model/validate';
import { applyTextEdit, expectSoundReading, textEdit } from '../support/hostileReads';
import { datasetArbitrary } from '../support/datasetArbitrary';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

// What XML 1.0 cannot hold, the one documented loss, taken from every string (gexfExport.ts):
// control characters but tab, newline and carriage return, U+FFFE, U+FFFF dropped; a lone surrogate U+FFFD.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const inXml = (s: string) => s.replace(LONE, '\uFFFD').replace(NOT_XML, '');

/** Text with what files get wrong: whitespace of every kind, controls, formulas, separators, markup. */
const oddText = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 4 }),
      fc.string({ unit: 'binary', maxLength: 3 }),
      fc.constantFrom(' ', '  ', '\t', '\n', '\r', '\r\n', '\u0001', '\u001f', '\u00a0', '\u2028', '\uFFFE', '\uD800'),
      fc.constantFrom(
        '=SUM(A1)',
        "'=x",
        '+1',
        '@x',
        '|',
        ',',
        ';',
        '"',
        "'",
        '<',
        '&amp;',
        ']]>',
        '[',
        '[]',
        '\\u0041',
      ),
    ),
    { maxLength: 4 },
  )
  .map((parts) => parts.join(''));

/** Datasets whose strings are oddText; a required field not empty, and ids distinct, once XML has had its say. */
const dataset = datasetArbitrary({ text: oddText, filled: (s) => inXml(s) !== '', idKey: inXml });

/** The dataset as the GEXF file holds it: every string through inXml (ids and references alike); -0 as 0. */
function asWritten(d: Dataset): Dataset {
  return JSON.parse(JSON.stringify(d), (_, v: unknown) => (typeof v === 'string' ? inXml(v) : v)) as Dataset;
}

describe('GEXF export, reopened', () => {
  it('gives back the dataset exported, up to what XML 1.0 cannot hold', () => {
    fc.assert(
      fc.property(dataset, (d) => {
        expect(validateDataset(d).ok).toBe(true);
        const { result } = readDatasetFiles([{ name: 'round.gexf', text: datasetToGexf(d) }]);
        expect(result.ok, JSON.stringify(result.errors.slice(0, 2))).toBe(true);
        if (result.ok) expect(result.dataset).toEqual(asWritten(d));
      }),
      { numRuns: RUNS },
    );
  });
});

// ---- the reader under hostile input ----

const FIXTURES = readdirSync(new URL('../fixtures/gexf/', import.meta.url)).filter((f) => f.endsWith('.gexf'));
const small = FIXTURES.map((f) => readFileSync(new URL(`../fixtures/gexf/${f}`, import.meta.url), 'utf8')).filter(
  (t) => t.length < 60_000,
);
const bundled = JSON.parse(readFileSync(new URL('../../data/aleppo-2024.json', import.meta.url), 'utf8')) as Dataset;
const SEEDS = [...small, datasetToGexf({ ...bundled, relations: bundled.relations.slice(0, 30) })];

/** Every problem of a failed reading says where: a place, or a path into the dataset. */
const checkResult = (v: Validation) => expectSoundReading(v, 'GEXF');

const ODD_VALUES = [
  '',
  ' ',
  '{}',
  '[null]',
  'null',
  '1e308',
  '-Infinity',
  'NaN',
  '12345-06-07',
  '2024-1-5',
  '__proto__',
  '&amp;',
  '"',
  "'",
  '\u0000',
  'x'.repeat(300),
];

/** A mutation of a GEXF text: a character edit, a cut, an element dropped or doubled, an attribute value changed. */
const mutation = fc.oneof(
  textEdit,
  fc.record({ kind: fc.constant('element' as const), at: fc.nat(), double: fc.boolean() }),
  fc.record({ kind: fc.constant('value' as const), at: fc.nat(), value: fc.constantFrom(...ODD_VALUES) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'char':
    case 'truncate':
      return applyTextEdit(text, m);
    case 'element': {
      // the at-th element written as <x .../> or <x ...>...</x> without nesting of its own name
      const elements = [
        ...text.matchAll(
          /<(node|edge|attvalue|attribute|spell|viz:\w+|attvalues|spells|attributes|nodes|edges|meta|fl:\w+)\b[^>]*?(\/>|>[^]*?<\/\1>)/g,
        ),
      ];
      if (elements.length === 0) return text;
      const e = elements[m.at % elements.length];
      const i = e.index ?? 0;
      return text.slice(0, i) + (m.double ? e[0] + e[0] : '') + text.slice(i + e[0].length);
    }
    case 'value': {
      const values = [...text.matchAll(/="([^"]*)"/g)];
      if (values.length === 0) return text;
      const v = values[m.at % values.length];
      const i = (v.index ?? 0) + 2;
      return text.slice(0, i) + m.value.replace(/"/g, '&quot;') + text.slice(i + v[1].length);
    }
  }
}

describe('the GEXF reader on hostile input', () => {
  it('never throws on arbitrary text, inside or outside a GEXF shell', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.boolean(), (s, shell) => {
        const text = shell ? `<gexf><graph><nodes>${s}</nodes><edges>${s}</edges></graph></gexf>` : s;
        checkResult(readGexfDataset('any.gexf', text));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on real GEXF files and its own exports, edited', () => {
    fc.assert(
      fc.property(fc.nat(SEEDS.length - 1), fc.array(mutation, { minLength: 1, maxLength: 6 }), (k, ms) => {
        checkResult(readGexfDataset('mutated.gexf', ms.reduce(mutate, SEEDS[k])));
      }),
      { numRuns: RUNS },
    );
  });
});
