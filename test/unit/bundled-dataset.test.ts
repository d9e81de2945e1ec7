// The bundled dataset is evidence an analyst relies on: it must be valid, every
// relation sourced, and every quote the exact words of the article it cites.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../src/model/problems';
import type { Dataset } from '../../src/model/types';
import { validateDataset } from '../../src/model/validate';

const dataDir = new URL('../../data/', import.meta.url);
const raw: unknown = JSON.parse(readFileSync(new URL('aleppo-2024.json', dataDir), 'utf8'));
const validation = validateDataset(raw);
const dataset = raw as Dataset;

function actor(id: string) {
  const a = dataset.actors.find((x) => x.id === id);
  if (!a) throw new Error(`no actor ${id}`);
  return a;
}

function relation(id: string) {
  const r = dataset.relations.find((x) => x.id === id);
  if (!r) throw new Error(`no relation ${id}`);
  return r;
}

describe('the bundled dataset', () => {
  it('is valid, with no warnings', () => {
    expect(validation.errors.map(describeProblem)).toEqual([]);
    expect(validation.warnings.map(describeProblem)).toEqual([]);
    expect(validation.ok).toBe(true);
  });

  it('gives every relation evidence, and every evidence item a quote', () => {
    for (const r of dataset.relations) {
      expect(r.evidence?.length ?? 0, r.id).toBeGreaterThan(0);
      for (const e of r.evidence ?? []) expect(e.quote?.length ?? 0, r.id).toBeGreaterThan(0);
    }
  });

  it('keeps a copy of every source it cites in data/sources/', () => {
    for (const s of dataset.sources) {
      expect(s.file, s.id).toBeDefined();
      expect(existsSync(new URL(`sources/${s.file}`, dataDir)), s.file).toBe(true);
    }
  });

  // that every quote is the exact words of its article is checked with the editing rules (dataset-rules.test.ts)

  it('uses every source and every actor it declares', () => {
    const citedSources = new Set(dataset.relations.flatMap((r) => (r.evidence ?? []).map((e) => e.source)));
    expect(dataset.sources.filter((s) => !citedSources.has(s.id)).map((s) => s.id)).toEqual([]);
    const related = new Set(dataset.relations.flatMap((r) => [r.source, r.target]));
    expect(dataset.actors.filter((a) => !related.has(a.id)).map((a) => a.id)).toEqual([]);
  });

  it('marks the rewrite as derived from what it repeats, and not the blog, which draws on outlets beyond Reuters', () => {
    const derived = dataset.sources.filter((s) => s.derivedFrom?.length).map((s) => s.file);
    expect(derived).toEqual(['001_936157f926c4921c.txt']);
    expect(dataset.sources.find((s) => s.id === 'newsweek-rewrite-2024-12-01')?.derivedFrom).toEqual([
      'newsweek-2024-11-30',
    ]);
    // the blog lists seven outlets under SOURCES; Reuters is one of them
    const blog = readFileSync(new URL('sources/002_a4831d323f0df05e.txt', dataDir), 'utf8');
    const listed = blog
      .slice(blog.indexOf('SOURCES'))
      .split('\n')
      .filter((l) => /, “.*” \d+\/\d+\/\d+/.test(l));
    expect(listed.length).toBeGreaterThan(1);
  });

  it('records denials as disputing evidence that names who denies', () => {
    const denied = dataset.relations.filter((r) => r.status === 'denied');
    expect(denied.length).toBeGreaterThan(0);
    for (const r of denied) {
      const disputes = (r.evidence ?? []).filter((e) => e.stance === 'disputes');
      expect(disputes.length, r.id).toBeGreaterThan(0);
      for (const e of disputes) expect(e.by, r.id).toBeDefined();
    }
  });

  it('spells aliases as the articles do, so search finds them', () => {
    expect(actor('hts').aliases).toContain('Nusra Front');
    expect(actor('nujaba').aliases).toEqual(expect.arrayContaining(['Nujabaa', 'HHN', 'Nujaba Movement']));
    expect(actor('pmf').aliases).toContain('Hashd');
  });

  it('keeps historical relations with the periods the articles give', () => {
    expect(relation('us-backs-sdf')).toMatchObject({ start: '2015', end: 'ongoing' });
    expect(relation('syrian-rebels-fights-syria-gov-aleppo-2012-2016')).toMatchObject({
      source: 'syrian-rebels-2011',
      start: '2012',
      end: '2016',
    });
    expect(relation('russia-backs-syria-gov')).toMatchObject({ start: '2015', end: 'ongoing' });
  });

  it("keeps the PMF head's denial as evidence disputing the crossings", () => {
    for (const id of ['badr-deploys-to-syria-gov-2024-12-01', 'nujaba-deploys-to-syria-gov-2024-12-01']) {
      const r = relation(id);
      expect(r.status).toBe('denied');
      expect(r.start).toBe('2024-12-01');
      expect(r.evidence?.some((e) => e.stance === 'disputes' && e.by === 'pmf')).toBe(true);
      expect(r.evidence?.some((e) => e.stance === 'supports' && e.source === 'reuters-2024-12-02')).toBe(true);
    }
  });

  it('makes a claim reported by several articles one relation with an evidence item per article', () => {
    const byClaim = new Map<string, number>();
    for (const r of dataset.relations) {
      const key = [r.source, r.target, r.type, r.start ?? '', r.end ?? '', r.location ?? ''].join('|');
      byClaim.set(key, (byClaim.get(key) ?? 0) + 1);
    }
    expect([...byClaim].filter(([, n]) => n > 1)).toEqual([]);
    const nujabaPledge = relation('nujaba-pledges-support-syria-gov-2024');
    expect(new Set(nujabaPledge.evidence?.map((e) => e.source)).size).toBeGreaterThan(1);
  });
});
