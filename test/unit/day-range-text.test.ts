// Periods typed for a comparison: partial dates stand for their whole period.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, formatDay } from '../../src/model/dates';
import { formatDayRange, parseDayRange } from '../../src/model/dayRangeText';

describe('parseDayRange', () => {
  it('reads a year, a month, a day and ranges between them', () => {
    expect(parseDayRange('2016')).toEqual({
      ok: true,
      range: { from: daysFromCivil(2016, 1, 1), to: daysFromCivil(2016, 12, 31) },
    });
    expect(parseDayRange('2024-02')).toEqual({
      ok: true,
      range: { from: daysFromCivil(2024, 2, 1), to: daysFromCivil(2024, 2, 29) },
    });
    const day = daysFromCivil(2024, 12, 1);
    expect(parseDayRange(' 2024-12-01 ')).toEqual({ ok: true, range: { from: day, to: day } });
    for (const text of ['2016 to 2018', '2016..2018', '2016 – 2018']) {
      expect(parseDayRange(text)).toEqual({
        ok: true,
        range: { from: daysFromCivil(2016, 1, 1), to: daysFromCivil(2018, 12, 31) },
      });
    }
  });

  it('says what is wrong', () => {
    expect(parseDayRange('2018 to 2016')).toMatchObject({ ok: false, message: expect.stringContaining('ends before') });
    expect(parseDayRange('2024-02-30')).toMatchObject({ ok: false, message: expect.stringContaining('day 30') });
    expect(parseDayRange('')).toMatchObject({ ok: false });
    expect(parseDayRange('1 to 2 to 3')).toMatchObject({ ok: false });
  });

  it('reads back what formatDayRange writes, and never throws', () => {
    const day = fc.integer({ min: daysFromCivil(1, 1, 1), max: daysFromCivil(9999, 12, 31) });
    fc.assert(
      fc.property(day, day, (x, y) => {
        const range = { from: Math.min(x, y), to: Math.max(x, y) };
        expect(parseDayRange(formatDayRange(range))).toEqual({ ok: true, range });
        expect(parseDayRange(formatDay(x))).toEqual({ ok: true, range: { from: x, to: x } });
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        const r = parseDayRange(text);
        if (r.ok) expect(r.range.from).toBeLessThanOrEqual(r.range.to);
        else expect(r.message.length).toBeGreaterThan(0);
      }),
    );
  });
});
