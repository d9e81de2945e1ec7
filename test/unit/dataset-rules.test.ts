// The editing rules of the bundled dataset (data/README.md, "Editing rules"; issue 17),
// checked on data/aleppo-2024.json: quotes are exact; `by` names whoever's words a
// quote gives, and status follows from whose word a relation rests on; words about
// what has not happened are not acts; one-off statements dated to a window are
// `once`; the rebels of 2011 and those of the 2024 offensive are two actors.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { daysFromCivil } from '../../src/model/dates';
import { independentSourceGroups } from '../../src/model/sources';
import type { Dataset, Evidence, Relation } from '../../src/model/types';
import { validateDataset } from '../../src/model/validate';

const dataDir = new URL('../../data/', import.meta.url);
const raw: unknown = JSON.parse(readFileSync(new URL('aleppo-2024.json', dataDir), 'utf8'));
const valid = validateDataset(raw);
if (!valid.ok) throw new Error('the bundled dataset does not validate');
// read once here, where the check above narrows `valid`: callbacks below do not keep that narrowing
const { types } = valid;
const dataset = raw as Dataset;
const texts = new Map(dataset.sources.map((s) => [s.id, readFileSync(new URL(`sources/${s.file}`, dataDir), 'utf8')]));
const actors = new Map(dataset.actors.map((a) => [a.id, a]));
const groups = independentSourceGroups(dataset.sources);

const supporting = (r: Relation) => (r.evidence ?? []).filter((e) => e.stance === 'supports');
const disputing = (r: Relation) => (r.evidence ?? []).filter((e) => e.stance === 'disputes');
const isMaterial = (r: Relation) => types.get(r.type)?.kind === 'material';
const isVerbal = (r: Relation) => types.get(r.type)?.kind === 'verbal';
const isAct = (r: Relation) => (r.mode ?? 'act') === 'act';

/** Verbs and nouns that report what someone said, wrote or holds as a stated view. */
const SAYING =
  /\b(said|says|saying|say|told|tell|stated|statements?|added|adding|continued|stressed|asserted|portrayed|accused|(?<!the )(?<!against )alleged|claimed|denied|denials?|dismissing|refuted|vowed|pledged|expressed|announced|acknowledging|blamed|criticized|urged|suggested|calls|views|viewing|considers|threatened|believed|according to|quoted|reported|pointed to)\b/i;

/** Words that name a speaker's statement outright: a quote holding one names who speaks. */
const SPEECH = /\b(said|says|told|stated|according to|quoted)\b/i;

/** Words that make a quote about what has not happened: an intention, offer, threat or condition. */
const HEDGES =
  /\b(will consider|ready to|cannot be ruled out|weighing|considering|may|might|could|threatened to|threatens? to|willingness|if necessary|as necessary|will soon)\b/i;

/** The quote's sentence, from its start to the quote's end, in its source text. */
function sentenceOf(e: Evidence): string {
  const text = texts.get(e.source) ?? '';
  const at = text.indexOf(e.quote ?? '');
  const before = text.slice(0, at);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), -1) + 1;
  return text.slice(start, at + (e.quote ?? '').length);
}

/** Whether the quote lies inside quotation marks in its paragraph: someone's own words. */
function insideQuotation(e: Evidence): boolean {
  const text = texts.get(e.source) ?? '';
  const at = text.indexOf(e.quote ?? '');
  if ((e.quote ?? '').startsWith('“') || (e.quote ?? '').startsWith('"')) return true;
  const paragraph = text.slice(text.lastIndexOf('\n', at) + 1, at);
  const opened = paragraph.split('“').length - 1;
  const closed = paragraph.split('”').length - 1;
  const straight = paragraph.split('"').length - 1;
  return opened > closed || straight % 2 === 1;
}

/** The actor speaks for the party: itself, or a state for a state institution of its country. */
function speaksFor(by: string | undefined, party: string): boolean {
  if (by === undefined) return false;
  if (by === party) return true;
  const speaker = actors.get(by);
  const actor = actors.get(party);
  return (
    speaker?.kind === 'state' &&
    actor?.kind === 'state-institution' &&
    speaker.country !== undefined &&
    speaker.country === actor.country
  );
}

/** The status the editing rules give a relation from its evidence (data/README.md). */
function statusByRule(r: Relation): Relation['status'] {
  const disputes = disputing(r);
  if (disputes.length > 0) {
    const country = actors.get(r.source)?.country;
    const party = disputes.some(
      (e) =>
        e.by === r.source ||
        e.by === r.target ||
        (country !== undefined && actors.get(e.by ?? '')?.country === country),
    );
    return party ? 'denied' : 'disputed';
  }
  const supports = supporting(r);
  const doers = types.get(r.type)?.directed ? [r.source] : [r.source, r.target];
  if (isMaterial(r) && isAct(r) && supports.some((e) => doers.some((d) => speaksFor(e.by, d)))) return 'confirmed';
  if (supports.length > 0 && supports.every((e) => e.by !== undefined)) return 'claimed';
  return 'reported';
}

const statusOf = (r: Relation) => r.status ?? 'reported';

/** The day a weekday named in a quote stands for, in the week of the offensive. */
const WEEKDAYS: Record<string, number> = {
  wednesday: daysFromCivil(2024, 11, 27),
  thursday: daysFromCivil(2024, 11, 28),
  friday: daysFromCivil(2024, 11, 29),
  saturday: daysFromCivil(2024, 11, 30),
  sunday: daysFromCivil(2024, 12, 1),
  monday: daysFromCivil(2024, 12, 2),
};

describe('the editing rules of the bundled dataset', () => {
  it('quotes every article exactly, character for character', () => {
    const missing: string[] = [];
    for (const r of dataset.relations) {
      for (const [i, e] of (r.evidence ?? []).entries()) {
        if (!e.quote || !texts.get(e.source)?.includes(e.quote))
          missing.push(`${r.id} evidence[${i}] (${e.source}): ${e.quote}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("gives by to a quote only where it gives that actor's words, and a speaker to every quote that reports speech", () => {
    const narrationWithBy: string[] = [];
    const speechWithoutSpeaker: string[] = [];
    for (const r of dataset.relations) {
      for (const e of r.evidence ?? []) {
        if (e.by !== undefined && !SAYING.test(sentenceOf(e)) && !insideQuotation(e))
          narrationWithBy.push(`${r.id}: ${e.quote}`);
        if (SPEECH.test(e.quote ?? '') && e.by === undefined && e.speaker === undefined)
          speechWithoutSpeaker.push(`${r.id}: ${e.quote}`);
      }
    }
    expect(narrationWithBy).toEqual([]);
    expect(speechWithoutSpeaker).toEqual([]);
  });

  it('sets every status from whose word the relation rests on', () => {
    const wrong = dataset.relations
      .filter((r) => statusOf(r) !== statusByRule(r))
      .map((r) => `${r.id}: ${statusOf(r)}, by the rules ${statusByRule(r)}`);
    expect(wrong).toEqual([]);
  });

  it("makes a party's own statement claimed, with by on its evidence", () => {
    // a verbal relation (pledge, accusation, label, offer...) that rests only on its source's words
    const own = dataset.relations.filter(
      (r) => isVerbal(r) && disputing(r).length === 0 && supporting(r).every((e) => speaksFor(e.by, r.source)),
    );
    expect(own.length).toBeGreaterThan(10);
    expect(own.filter((r) => statusOf(r) !== 'claimed').map((r) => r.id)).toEqual([]);
  });

  it('names who denies: every disputing item has by', () => {
    const anonymous = dataset.relations.flatMap((r) =>
      disputing(r)
        .filter((e) => !e.by)
        .map(() => r.id),
    );
    expect(anonymous).toEqual([]);
  });

  it('never makes an act of words about what has not happened', () => {
    const hedgedActs = dataset.relations
      .filter((r) => isAct(r) && supporting(r).length > 0 && supporting(r).every((e) => HEDGES.test(e.quote ?? '')))
      .map((r) => r.id);
    expect(hedgedActs).toEqual([]);
    // and the other way: a relation that is not an act quotes the words that make it so
    const unhedged = dataset.relations
      .filter((r) => !isAct(r) && !supporting(r).some((e) => HEDGES.test(e.quote ?? '')))
      .map((r) => r.id);
    expect(unhedged).toEqual([]);
    // the three the audit found (issue 17)
    const modeOf = (id: string) => dataset.relations.find((r) => r.id === id)?.mode;
    expect(modeOf('iraqi-resistance-coordination-committee-pledges-support-syria-gov-2024')).toBe('intention');
    expect(modeOf('syrian-opposition-negotiates-with-syria-gov-offer-2024')).toBe('offer');
    expect(modeOf('kataib-sayyid-al-shuhada-pledges-support-syria-gov-2024')).toBe('conditional');
  });

  it('marks a one-off statement dated only to a window as once', () => {
    // a relation that is its source's own words, from one speaker in one group of sources,
    // with a start and an end days apart: one statement on a day the texts do not give
    const single = dataset.relations.filter((r) => {
      const iv = valid.intervals[dataset.relations.indexOf(r)];
      if (iv.undated || r.end === undefined || r.end === 'ongoing' || iv.start === iv.end) return false;
      const supports = supporting(r);
      if (!supports.every((e) => speaksFor(e.by, r.source))) return false;
      const speakers = new Set(supports.map((e) => e.speaker ?? e.by));
      const sourceGroups = new Set(supports.map((e) => groups.get(e.source)));
      return speakers.size === 1 && sourceGroups.size === 1;
    });
    expect(single.length).toBeGreaterThan(5);
    expect(single.filter((r) => r.once !== true).map((r) => r.id)).toEqual([]);
  });

  it('dates a relation so that it holds the weekday its quotes name', () => {
    const outside: string[] = [];
    dataset.relations.forEach((r, i) => {
      const iv = valid.intervals[i];
      for (const e of supporting(r)) {
        for (const m of (e.quote ?? '').matchAll(
          /(?<!said )\b(?:on|by) (Wednesday|Thursday|Friday|Saturday|Sunday|Monday)\b/gi,
        )) {
          const day = WEEKDAYS[m[1].toLowerCase()];
          if (iv.undated || day < iv.start || day > iv.end) outside.push(`${r.id}: ${m[0]}`);
        }
      }
    });
    expect(outside).toEqual([]);
  });

  it('keeps the rebels of 2011 and the factions of the 2024 offensive apart', () => {
    expect(actors.has('syrian-rebels')).toBe(false);
    const offensive = daysFromCivil(2024, 11, 27);
    const mixed: string[] = [];
    dataset.relations.forEach((r, i) => {
      const iv = valid.intervals[i];
      const ends = [r.source, r.target];
      if (iv.undated) return;
      if (ends.includes('syrian-rebels-2011') && iv.start >= offensive) mixed.push(r.id);
      if (ends.includes('syrian-rebels-2024') && iv.start < offensive) mixed.push(r.id);
    });
    expect(mixed).toEqual([]);
    // the offensive's named factions belong to the 2024 actor, and nothing is a member of the 2011 one
    const members = dataset.relations.filter((r) => r.type === 'member-of');
    expect(members.filter((r) => r.target === 'syrian-rebels-2011').map((r) => r.id)).toEqual([]);
    expect(
      members
        .filter((r) => r.target === 'syrian-rebels-2024')
        .map((r) => r.source)
        .sort(),
    ).toEqual(['hts', 'sna']);
  });
});
