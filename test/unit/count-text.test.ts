// Counts grouped by thousands, the same in every locale: "10,577 relations".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countText, plural } from '../../src/model/countText';

describe('countText', () => {
  it('groups every three digits with a comma and reads back as the number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (n) => {
        const text = countText(n);
        expect(text).toMatch(/^\d{1,3}(,\d{3})*$/);
        expect(Number(text.replace(/,/g, ''))).toBe(n);
      }),
    );
  });

  it('says one in the singular and any other count in the plural', () => {
    expect(plural(1, 'relation')).toBe('1 relation');
    expect(plural(0, 'relation')).toBe('0 relations');
    expect(plural(10577, 'relation')).toBe('10,577 relations');
    expect(plural(2, 'evidence item', 'evidence items')).toBe('2 evidence items');
  });
});
