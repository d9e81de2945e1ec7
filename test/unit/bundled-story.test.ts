// The bundled dataset ships the story a newcomer finds first: "The Aleppo offensive
// in five steps". Each step's view must show on this dataset exactly as written (no
// part dropped, written as the app writes a link), each step must show something
// the others do not, and every quote in a caption must be the exact words of one of
// the articles in data/sources/.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../src/model/problems';
import type { Dataset } from '../../src/model/types';
import { validateDataset } from '../../src/model/validate';
import { decodeLink, encodeLink } from '../../src/state/urlCodec';
import type { DataFacts } from '../../src/state/viewFields';
import { sameView } from '../../src/state/viewRules';

const dataDir = new URL('../../data/', import.meta.url);
const raw: unknown = JSON.parse(readFileSync(new URL('aleppo-2024.json', dataDir), 'utf8'));
const validation = validateDataset(raw);
const dataset = raw as Dataset;
const story = dataset.stories?.find((s) => s.id === 'aleppo-offensive');
const steps = story?.steps ?? [];

const actorIds = new Set(dataset.actors.map((a) => a.id));
const facts: DataFacts = {
  fingerprint: 'bundled',
  hasType: (id) => validation.ok && validation.types.has(id),
  hasActor: (id) => actorIds.has(id),
  hasEdge: () => true,
};

const sourceTexts = readdirSync(new URL('sources/', dataDir))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(`sources/${f}`, dataDir), 'utf8'));

/** The phrases a caption quotes: the text inside “…” or "…". */
function quotesOf(caption: string): string[] {
  return [...caption.matchAll(/“([^”]*)”|"([^"]*)"/g)].map((m) => m[1] ?? m[2]);
}

describe('the bundled story', () => {
  it('is in a valid dataset, with no warnings', () => {
    expect(validation.errors.map(describeProblem)).toEqual([]);
    expect(validation.warnings.map(describeProblem)).toEqual([]);
    expect(validation.ok).toBe(true);
  });

  it('is "The Aleppo offensive in five steps", its steps in order of topic', () => {
    expect(story?.title).toBe('The Aleppo offensive in five steps');
    expect(steps.map((s) => s.title)).toEqual([
      'The old alignments',
      'The offensive',
      "The Iraqi factions' pledges",
      'The denials',
      'The blocs',
    ]);
    for (const s of steps) expect(s.caption?.trim().length ?? 0, s.title).toBeGreaterThan(0);
  });

  it('gives every step a view that this dataset shows with nothing dropped', () => {
    for (const s of steps) {
      const decoded = decodeLink(s.view, facts);
      expect(decoded.notices, `${s.title}: ${s.view}`).toEqual([]);
      // a view, not a link: no dataset, fingerprint or story of its own
      expect(decoded.data, s.title).toBeNull();
      expect(decoded.fingerprint, s.title).toBeNull();
      expect(decoded.story ?? null, s.title).toBeNull();
      // the camera is left to the app (it fits the picture), and a step is not an embed
      expect(decoded.view.camera, s.title).toBeNull();
      expect(decoded.view.embed, s.title).toBe(false);
    }
  });

  it('writes every view exactly as the app writes it in a link', () => {
    for (const s of steps) {
      const { view } = decodeLink(s.view, facts);
      expect(encodeLink({ data: null, fingerprint: null, view }), s.title).toBe(s.view);
    }
  });

  it('shows a different view at every step', () => {
    const views = steps.map((s) => decodeLink(s.view, facts).view);
    for (let i = 0; i < views.length; i++) {
      for (let j = i + 1; j < views.length; j++) {
        expect(sameView(views[i], views[j]), `${steps[i].title} / ${steps[j].title}`).toBe(false);
      }
    }
  });

  it('quotes the articles exactly, character for character', () => {
    const missing: string[] = [];
    let quoted = 0;
    for (const s of steps) {
      const caption = s.caption ?? '';
      // every quotation mark opened is closed, so no quote escapes the check
      expect(caption.split('“').length, `${s.title}: unbalanced “”`).toBe(caption.split('”').length);
      expect((caption.split('"').length - 1) % 2, `${s.title}: unbalanced "`).toBe(0);
      for (const q of quotesOf(caption)) {
        quoted++;
        if (q.trim() === '' || !sourceTexts.some((t) => t.includes(q))) missing.push(`${s.title}: “${q}”`);
      }
    }
    expect(missing).toEqual([]);
    expect(quoted).toBeGreaterThan(0);
  });
});
