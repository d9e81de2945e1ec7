// The exporters, read back: CSV parses to the same rows, GEXF opens in
// graphology-gexf with dates and evidence intact, a subset validates.
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import Graph from 'graphology';
import gexf from 'graphology-gexf';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutralise } from '../../src/io/csvCells';
import { datasetToCsv, datasetToCsvZip } from '../../src/io/csvExport';
import { datasetToGexf, FAULTLINES_NS } from '../../src/io/gexfExport';
import { visibleSubset } from '../../src/model/subset';
import type { Dataset } from '../../src/model/types';
import { validateDataset } from '../../src/model/validate';

const bundled = JSON.parse(readFileSync(new URL('../../data/aleppo-2024.json', import.meta.url), 'utf8')) as Dataset;

function parseCsv(text: string): Record<string, string>[] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const r = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(r.errors).toEqual([]);
  return r.data;
}

describe('CSV export', () => {
  it('writes one relation row per evidence item, quoting what needs it, and reads back the same', () => {
    const files = datasetToCsv(bundled);
    const relations = parseCsv(files['relations.csv']);
    expect(relations.length).toBe(bundled.relations.reduce((n, r) => n + (r.evidence?.length || 1), 0));
    const rows = bundled.relations.flatMap((r) =>
      (r.evidence ?? []).map((e) => [
        r.id,
        r.source,
        r.target,
        r.type,
        r.start ?? '',
        r.end ?? '',
        e.source,
        e.quote,
        e.stance,
      ]),
    );
    expect(
      relations.map((x) => [x.id, x.source, x.target, x.type, x.start, x.end, x.evidence_source, x.quote, x.stance]),
    ).toEqual(rows);
    const actors = parseCsv(files['actors.csv']);
    expect(actors.map((a) => a.id)).toEqual(bundled.actors.map((a) => a.id));
    expect(actors.find((a) => a.id === 'nujaba')?.aliases.split('|')).toEqual(
      bundled.actors.find((a) => a.id === 'nujaba')?.aliases,
    );
    const sources = parseCsv(files['sources.csv']);
    expect(sources.find((s) => s.id === 'newsweek-rewrite-2024-12-01')?.derived_from).toBe('newsweek-2024-11-30');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', 'plain', ''].map(neutralise)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      'plain',
      '',
    ]);
    // and what the reader would otherwise trim or take for the guard
    expect(["'x", "'=1", ' x', 'x ', '\r\n', "x'"].map(neutralise)).toEqual([
      "''x",
      "''=1",
      "' x",
      "'x ",
      "'\r\n",
      "x'",
    ]);
    const d: Dataset = {
      ...bundled,
      actors: [{ id: 'a', label: '=HYPERLINK("http://x","click")', kind: 'state' }],
      relations: [],
      sources: [],
    };
    const actors = parseCsv(datasetToCsv(d)['actors.csv']);
    expect(actors[0].label).toBe('\'=HYPERLINK("http://x","click")');
  });

  it('zips the five files', () => {
    const files = unzipSync(datasetToCsvZip(bundled));
    expect(Object.keys(files).sort()).toEqual(['actors.csv', 'meta.csv', 'relations.csv', 'sources.csv', 'types.csv']);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(files['actors.csv'])).toBe(
      datasetToCsv(bundled)['actors.csv'],
    );
  });
});

describe('GEXF export', () => {
  const text = datasetToGexf(bundled);

  it('opens in graphology-gexf with one edge per relation', () => {
    const g = gexf.parse(Graph, text);
    expect(g.order).toBe(bundled.actors.length);
    expect(g.size).toBe(bundled.relations.length);
    const us = g.edges().find((e) => g.getEdgeAttribute(e, 'relation_id') === 'us-backs-sdf')!;
    expect(g.getEdgeAttributes(us)).toMatchObject({
      type: 'backs',
      start_text: '2015',
      end_text: 'ongoing',
      precision: 'year',
    });
    const badr = g
      .edges()
      .find((e) => g.getEdgeAttribute(e, 'relation_id') === 'badr-deploys-to-syria-gov-2024-12-01')!;
    const evidence = JSON.parse(g.getEdgeAttribute(badr, 'evidence') as string);
    expect(evidence).toEqual(bundled.relations.find((r) => r.id === 'badr-deploys-to-syria-gov-2024-12-01')?.evidence);
  });

  it('writes intervals as start and end days, open-ended when ongoing, none when undated', () => {
    const doc = new DOMParser().parseFromString(text, 'text/xml');
    const edges = [...Array.from(doc.getElementsByTagName('edge'))];
    const byRelation = (id: string) =>
      edges.find((e) => Array.from(e.getElementsByTagName('attvalue')).some((a) => a.getAttribute('value') === id))!;
    const us = byRelation('us-backs-sdf');
    expect([us.getAttribute('start'), us.hasAttribute('end')]).toEqual(['2015-01-01', false]);
    const aleppo = byRelation('syrian-rebels-fights-syria-gov-aleppo-2012-2016');
    expect([aleppo.getAttribute('start'), aleppo.getAttribute('end')]).toEqual(['2012-01-01', '2016-12-31']);
    const undated = byRelation('iran-backs-badr');
    expect(undated.hasAttribute('start') || undated.hasAttribute('end')).toBe(false);
    const sources = doc.getElementsByTagNameNS(FAULTLINES_NS, 'sources')[0];
    expect(JSON.parse(sources.textContent ?? '')).toEqual(bundled.sources);
  });

  it('escapes markup in any string', () => {
    const d: Dataset = { ...bundled, actors: [{ id: 'a"<b>', label: '<script>&', kind: 'state' }], relations: [] };
    const g = gexf.parse(Graph, datasetToGexf(d));
    expect(g.getNodeAttribute('a"<b>', 'label')).toBe('<script>&');
  });
});

describe('the visible subset', () => {
  it('keeps the visible relations, the actors shown with their positions, and the sources they cite', () => {
    const visible = Uint8Array.from(bundled.relations, (r) => (r.start?.startsWith('2024-12') ? 1 : 0));
    const shown = new Set(bundled.relations.filter((_, i) => visible[i]).flatMap((r) => [r.source, r.target]));
    const actorVisible = Uint8Array.from(bundled.actors, (a) => (shown.has(a.id) ? 1 : 0));
    const positions = new Map(bundled.actors.map((a, k) => [a.id, { x: k, y: -k }]));
    const subset = visibleSubset(bundled, visible, actorVisible, positions, 'Exported: December 2024.');
    const v = validateDataset(subset);
    expect(v.ok, JSON.stringify(v.errors)).toBe(true);
    expect(subset.relations.length).toBe(visible.reduce((a, b) => a + b, 0));
    expect(subset.actors.every((a) => a.x !== undefined && a.y !== undefined)).toBe(true);
    expect(subset.meta.description).toContain('Exported: December 2024.');
    // a rewrite's original stays, so independent sources count the same
    if (subset.sources.some((s) => s.id === 'hashd-blog-2024-12-02')) {
      expect(subset.sources.map((s) => s.id)).toContain('reuters-2024-12-02');
    }
  });
});
