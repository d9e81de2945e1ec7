import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJsonDataset } from '../../src/io/json';
import { findJsonSyntaxError } from '../../src/io/jsonSyntax';
import { describeProblem } from '../../src/model/problems';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('finding where JSON goes wrong', () => {
  it('agrees with JSON.parse on valid JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2), (value, indent) => {
        expect(findJsonSyntaxError(JSON.stringify(value, null, indent))).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with JSON.parse on broken JSON: an error exactly when the parse fails', () => {
    const jsonish = fc.stringMatching(/^[\s{}[\]",:0-9a-z.\\-]{0,30}$/);
    const damaged = fc
      .tuple(fc.jsonValue(), fc.nat(), fc.nat({ max: 3 }), fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '\n'))
      .map(([v, at, cut, insert]) => {
        const t = JSON.stringify(v, null, 1);
        const p = at % (t.length + 1);
        return t.slice(0, p) + insert + t.slice(p + cut);
      });
    fc.assert(
      fc.property(fc.oneof(jsonish, damaged), (text) => {
        const found = findJsonSyntaxError(text);
        expect(found === null).toBe(parses(text));
        if (found) expect(found.offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 5000 },
    );
  });

  it('handles deep nesting without overflowing the stack', () => {
    expect(findJsonSyntaxError('['.repeat(1_000_000) + ']'.repeat(1_000_000))).toBeNull();
    expect(findJsonSyntaxError('['.repeat(1_000_000))).toEqual({
      offset: 1_000_000,
      message: 'the text ends too early',
    });
  });
});

describe('reading a JSON dataset', () => {
  it('says on which line and column the JSON breaks', () => {
    const r = readJsonDataset('{"format": "faultlines/1",\n "meta": }');
    expect(r.ok).toBe(false);
    expect(r.errors.map(describeProblem)).toEqual([
      '$: not valid JSON at line 2, column 10: unexpected "}": expected a value',
    ]);
  });

  it('reports an empty file and a trailing comma', () => {
    expect(readJsonDataset('').errors[0].message).toBe('not valid JSON at line 1, column 1: the text ends too early');
    expect(readJsonDataset('{"a": [1, 2,]}').errors[0].message).toBe(
      'not valid JSON at line 1, column 13: unexpected "]": expected a value',
    );
  });

  it('accepts a byte-order mark, then validates', () => {
    const r = readJsonDataset('\uFEFF{"format": "faultlines/1"}');
    expect(r.ok).toBe(false);
    expect(r.errors.map(describeProblem)).toContain('$.meta: Invalid input: expected object, received undefined');
  });
});
