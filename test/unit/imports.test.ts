// Readers of the formats analysts bring: CSV sets and GEXF, round-tripped
// through the exporters, and the GEXF files of graphology's own tests.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvTemplateZip, datasetToCsv } from '../../src/io/csvExport';
import { readDatasetFiles } from '../../src/io/readDataset';
import { readCsvDataset } from '../../src/io/csvImport';
import { datasetToGexf } from '../../src/io/gexfExport';
import { readGexfDataset } from '../../src/io/gexfImport';
import { readGraphmlDataset } from '../../src/io/graphmlImport';
import { describeProblem } from '../../src/model/problems';
import type { Dataset } from '../../src/model/types';
import type { Validation } from '../../src/model/validate';

const bundled = JSON.parse(readFileSync(new URL('../../data/aleppo-2024.json', import.meta.url), 'utf8')) as Dataset;

function valid(v: Validation) {
  if (!v.ok) throw new Error(v.errors.map(describeProblem).join('\n'));
  return v;
}

function csvFiles(d: Dataset) {
  const files = datasetToCsv(d);
  return Object.entries(files).map(([name, text]) => ({ name, text }));
}

describe('CSV import', () => {
  it('reads back what the CSV export wrote: actors, relations, dates and evidence', () => {
    const v = valid(readCsvDataset(csvFiles(bundled)));
    expect(v.dataset.actors).toEqual(bundled.actors);
    expect(v.dataset.relations).toEqual(bundled.relations);
    expect(v.dataset.sources).toEqual(bundled.sources);
    expect(v.warnings).toEqual([]);
  });

  it('merges rows with one id into one relation, and keeps rows without an id apart', () => {
    const text = [
      'id,source,target,type,start,evidence_source,quote',
      'r1,a,b,backs,2024,s,first',
      'r1,a,b,backs,2024,s,second',
      ',a,b,fights,2023-05,,',
      ',a,b,fights,2023-06,,',
    ].join('\n');
    const v = valid(
      readCsvDataset([
        { name: 'actors.csv', text: 'id,label,kind\na,A,state\nb,B,state\n' },
        { name: 'relations.csv', text },
      ]),
    );
    expect(v.dataset.relations.map((r) => [r.id, r.type, r.evidence?.map((e) => e.quote)])).toEqual([
      ['r1', 'backs', ['first', 'second']],
      ['row-4', 'fights', undefined],
      ['row-5', 'fights', undefined],
    ]);
    expect(v.warnings.map(describeProblem)).toContain(
      'relations.csv: no sources.csv: 1 cited sources are known by their ids only',
    );
  });

  it('names the file, row and column of every problem', () => {
    const v = readCsvDataset([
      { name: 'actors.csv', text: 'id,label,kind,x\na,A,state,1\nb,B,planet,two\n' },
      {
        name: 'relations.csv',
        text: 'id,source,target,type,start,stance,evidence_source\nr1,a,zz,backs,2024-02-30,supports,s\nr1,a,b,backs,,agrees,s\n',
      },
    ]);
    expect(v.ok).toBe(false);
    expect(v.errors.map(describeProblem)).toEqual([
      'actors.csv, row 3, column kind: unknown kind "planet": expected one of state, state-institution, armed-group, umbrella, alliance, political, person, organisation',
      'actors.csv, row 3, column y: "two" is not a number'.replace('column y', 'column x'),
      'relations.csv, row 3, column target: "b" differs from row 2 of the same relation ("zz"): rows with one id are one relation',
      'relations.csv, row 3, column stance: unknown stance "agrees": expected supports or disputes',
      'relations.csv, row 2, column start: "2024-02-30": day 30 does not exist (2024-02 has 29 days)',
      'relations.csv, row 3, column stance: Invalid option: expected one of "supports"|"disputes"',
      'relations.csv, row 2, column target: unknown actor "zz": expected the id of an actor in $.actors',
    ]);
  });

  it('reads mode and once (true or false in any case), and says what a bad value should be', () => {
    const actors = { name: 'actors.csv', text: 'id,label,kind\na,A,state\nb,B,state\n' };
    const good = valid(
      readCsvDataset([
        actors,
        {
          name: 'relations.csv',
          text: [
            'id,source,target,type,start,end,mode,once',
            'r1,a,b,strikes,2024-11,,threat,',
            'r2,a,b,strikes,2024-11-27,2024-11-30,,TRUE',
            'r2,a,b,strikes,2024-11-27,2024-11-30,,true',
            'r3,a,b,backs,2024,,act,false',
          ].join('\n'),
        },
      ]),
    );
    expect(good.dataset.relations.map(({ id, mode, once }) => ({ id, mode, once }))).toEqual([
      { id: 'r1', mode: 'threat', once: undefined },
      { id: 'r2', mode: undefined, once: true },
      { id: 'r3', mode: 'act', once: false },
    ]);
    const bad = readCsvDataset([
      actors,
      {
        name: 'relations.csv',
        text: [
          'id,source,target,type,start,end,mode,once',
          'r1,a,b,strikes,2024,,Threat,yes',
          'r2,a,b,backs,,,,true',
          'r3,a,b,backs,2024,ongoing,,true',
          'r3,a,b,backs,2024,ongoing,offer,',
        ].join('\n'),
      },
    ]);
    expect(bad.errors.map(describeProblem)).toEqual([
      'relations.csv, row 2, column mode: unknown mode "Threat": expected one of act, intention, offer, threat, conditional, or nothing (an act)',
      'relations.csv, row 2, column once: "yes": expected true, false or nothing (a relation that is not a one-off event)',
      'relations.csv, row 5, column mode: "offer" differs from row 4 of the same relation (""): rows with one id are one relation',
      'relations.csv, row 3, column once: a one-off event needs a start',
      'relations.csv, row 4, column end: a one-off event cannot be ongoing',
    ]);
  });

  it('asks for both files', () => {
    const v = readCsvDataset([{ name: 'actors.csv', text: 'id,label,kind\n' }]);
    expect(v.errors[0].message).toMatch(/needs actors.csv and relations.csv/);
  });
});

describe('GEXF import', () => {
  it('reads back what the GEXF export wrote: actors, relations, dates, evidence and sources', () => {
    const v = valid(readGexfDataset('aleppo.gexf', datasetToGexf(bundled)));
    expect(
      v.dataset.actors.map(({ id, label, kind, short, aliases, country, description }) => ({
        id,
        label,
        kind,
        short,
        aliases,
        country,
        description,
      })),
    ).toEqual(
      bundled.actors.map(({ id, label, kind, short, aliases, country, description }) =>
        JSON.parse(JSON.stringify({ id, label, kind, short, aliases, country, description })),
      ),
    );
    expect(v.dataset.relations).toEqual(bundled.relations);
    expect(v.dataset.sources).toEqual(bundled.sources);
    expect(v.dataset.meta.title).toBe(bundled.meta.title);
  });

  it('turns edge dates and spells into relation intervals', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.2" version="1.2">
  <graph mode="dynamic" timeformat="date" defaultedgetype="directed">
    <nodes><node id="a" label="A" start="2001-01-01"/><node id="b" label="B"/></nodes>
    <edges>
      <edge id="e1" source="a" target="b" start="2020-03-01" end="2020-04-15"/>
      <edge id="e2" source="a" target="b" start="2021-06-01"/>
      <edge id="e3" source="b" target="a"><spells><spell start="2019-01-01" end="2019-01-31"/><spell start="2022-05-05" end="2022-05-05"/></spells></edge>
      <edge id="e4" source="b" target="c"/>
    </edges>
  </graph>
</gexf>`;
    const v = valid(readGexfDataset('dated.gexf', text));
    expect(v.dataset.relations.map((r) => [r.id, r.start, r.end, r.type])).toEqual([
      ['e1', '2020-03-01', '2020-04-15', 'related-to'],
      ['e2', '2021-06-01', 'ongoing', 'related-to'],
      ['e3#1', '2019-01-01', '2019-01-31', 'related-to'],
      ['e3#2', '2022-05-05', undefined, 'related-to'],
      ['e4', undefined, undefined, 'related-to'],
    ]);
    expect(v.warnings.map(describeProblem)).toEqual([
      'dated.gexf: 1 node named by edges but not declared: added',
      'dated.gexf: 4 edges have no relation type: loaded as "related-to"',
      'dated.gexf: 1 edge has no dates: loaded as undated',
      'dated.gexf: 4 edges have no evidence: loaded as unsourced',
      'dated.gexf: 1 node has dates: actors have none, so they are not used',
    ]);
  });

  it('says where broken XML breaks', () => {
    const v = readGexfDataset('broken.gexf', '<gexf version="1.3"><graph><nodes><node id="a');
    expect(v.ok).toBe(false);
    expect(describeProblem(v.errors[0])).toMatch(/^broken.gexf: not valid XML/);
    expect(readGexfDataset('x.gexf', '<graphml/>').errors[0].message).toMatch(/not a GEXF file/);
  });

  it('names the line and element of a node or edge it cannot read', () => {
    const text = `<gexf xmlns="http://gexf.net/1.3">
<graph>
<attributes class="edge"><attribute id="0" title="evidence" type="string"/></attributes>
<nodes><node label="no id"/>
<node id="a"/><node id="a"/></nodes>
<edges><edge id="e" source="a"/>
<edge source="a" target="a"><attvalues><attvalue for="0" value="not json"/></attvalues></edge></edges>
</graph></gexf>`;
    expect(readGexfDataset('lines.gexf', text).errors.map(describeProblem)).toEqual([
      'lines.gexf, line 4, <node>: a node without an id',
      'lines.gexf, line 5, <node id="a">: duplicate node id "a"',
      'lines.gexf, line 6, <edge id="e">: an edge without its source or target',
      'lines.gexf, line 7, <edge>: the evidence attribute is not JSON: expected the list the GEXF export writes',
    ]);
  });

  it('reads mode and once back from its own export, and from another tool only where they are valid', () => {
    const own: Dataset = {
      format: 'faultlines/1',
      meta: { title: 't' },
      sources: [],
      actors: [
        { id: 'a', label: 'A', kind: 'state' },
        { id: 'b', label: 'B', kind: 'state' },
      ],
      relations: [
        { id: 'r1', source: 'a', target: 'b', type: 'strikes', start: '2024-11', mode: 'threat' },
        { id: 'r2', source: 'a', target: 'b', type: 'strikes', start: '2024-11-27', end: '2024-11-30', once: true },
        { id: 'r3', source: 'a', target: 'b', type: 'backs', start: '2024', mode: 'act', once: false },
      ],
    };
    const text = datasetToGexf(own);
    expect(text).toContain('<attribute id="once" title="once" type="boolean"/>');
    expect(text).toContain('<attvalue for="mode" value="threat"/>');
    expect(valid(readGexfDataset('own.gexf', text)).dataset.relations).toEqual(own.relations);
    // a Faultlines file's once must be true or false
    const broken = readGexfDataset('own.gexf', text.replace('for="once" value="true"', 'for="once" value="maybe"'));
    expect(broken.errors.map(describeProblem)).toEqual([
      'own.gexf, line 31, <edge id="e1">: the once attribute is "maybe": expected true or false',
    ]);
    // and is checked as the dataset's: not dropped as another tool's would be
    const undated = datasetToGexf({
      ...own,
      relations: [{ id: 'r4', source: 'a', target: 'b', type: 'backs', once: true }],
    });
    expect(readGexfDataset('own.gexf', undated).errors.map(describeProblem)).toEqual([
      'own.gexf, line 30, edge of relation "r4": a one-off event needs a start',
    ]);

    const foreign = `<gexf xmlns="http://gexf.net/1.3"><graph timeformat="date">
<attributes class="edge"><attribute id="m" title="mode"/><attribute id="o" title="once" type="boolean"/></attributes>
<nodes><node id="a"/><node id="b"/></nodes>
<edges>
<edge id="e1" source="a" target="b" start="2024-11-27" end="2024-11-30"><attvalues><attvalue for="m" value="offer"/><attvalue for="o" value="1"/></attvalues></edge>
<edge id="e2" source="a" target="b"><attvalues><attvalue for="m" value="rumour"/><attvalue for="o" value="true"/></attvalues></edge>
<edge id="e3" source="a" target="b" start="2024-11-27"><attvalues><attvalue for="o" value="yes"/></attvalues></edge>
</edges></graph></gexf>`;
    const v = valid(readGexfDataset('other.gexf', foreign));
    expect(v.dataset.relations.map(({ id, mode, once, end }) => ({ id, mode, once, end }))).toEqual([
      { id: 'e1', mode: 'offer', once: true, end: '2024-11-30' },
      { id: 'e2', mode: undefined, once: undefined, end: undefined },
      { id: 'e3', mode: undefined, once: undefined, end: 'ongoing' },
    ]);
    expect(v.warnings.map(describeProblem).filter((w) => /"(mode|once)"/.test(w))).toEqual([
      'other.gexf, line 6, <edge id="e2">: 1 edge has a "mode" attribute of the file\'s own (first here: "rumour"), not a relation mode (act, intention, offer, threat, conditional): the file was not written by Faultlines (no Faultlines element in its <meta>, no relation_id attribute), so it is left out',
      'other.gexf, line 6, <edge id="e2">: 2 edges have a "once" attribute of the file\'s own (first here: "true"), not true or false on an edge with dates (a one-off event needs a start, and cannot be ongoing): the file was not written by Faultlines (no Faultlines element in its <meta>, no relation_id attribute), so it is left out',
    ]);
  });

  it("reads GEXF 1.1's attvalue ids and open-ended spells", () => {
    const text = `<gexf xmlns="http://www.gexf.net/1.1draft"><graph timeformat="date">
<attributes class="edge"><attribute id="0" title="type"/></attributes>
<nodes><node id="a"/><node id="b"/></nodes>
<edges><edge id="e" source="a" target="b"><attvalues><attvalue id="0" value="backs"/></attvalues>
<spells><spell startopen="2020-01-01" endopen="2020-02-01"/><spell start="2021-05-01"/></spells></edge></edges>
</graph></gexf>`;
    const v = valid(readGexfDataset('old.gexf', text));
    expect(v.dataset.relations.map((r) => [r.id, r.type, r.start, r.end])).toEqual([
      ['e#1', 'backs', '2020-01-01', '2020-02-01'],
      ['e#2', 'backs', '2021-05-01', 'ongoing'],
    ]);
  });

  const FIXTURES: [string, number, number][] = [
    ['minimal.gexf', 2, 1],
    ['missing_nodes.gexf', 6, 4],
    ['data.gexf', 4, 5],
    ['edge_data.gexf', 4, 5],
    ['v1_3.gexf', 2, 1],
    ['les_miserables.gexf', 77, 254],
    ['celegans.gexf', 306, 2345],
    ['arctic.gexf', 1715, 6676],
    ['yeast.gexf', 2361, 7182],
  ];
  it.each(FIXTURES)('opens %s with %i nodes and %i edges', (file, nodes, edges) => {
    const text = readFileSync(new URL(`../fixtures/gexf/${file}`, import.meta.url), 'utf8');
    const v = valid(readGexfDataset(file, text));
    expect(v.dataset.actors.length).toBe(nodes);
    expect(v.dataset.relations.length).toBe(edges);
    expect(v.warnings.some((w) => w.message.includes('no evidence'))).toBe(true);
  });
});

describe('choosing the reader', () => {
  it('reads the CSV template back as a valid dataset', () => {
    const v = valid(readDatasetFiles([{ name: 'faultlines-csv-template.zip', bytes: csvTemplateZip() }]).result);
    expect(v.dataset.relations.map((r) => r.id)).toEqual(['a-deploys-to-b', 'a-backs-b']);
    expect(v.dataset.relations[0].evidence?.map((e) => e.stance)).toEqual(['supports', 'disputes']);
  });

  it('opens JSON, GEXF and CSV by their names, and refuses a mixed set', () => {
    const json = readDatasetFiles([{ name: 'd.json', text: JSON.stringify(bundled) }]);
    expect(json.result.ok).toBe(true);
    const g = readDatasetFiles([{ name: 'd.gexf', text: datasetToGexf(bundled) }]);
    expect(g.result.ok).toBe(true);
    const c = readDatasetFiles(csvFiles(bundled));
    expect(c.result.ok).toBe(true);
    expect(c.name).toBe('actors.csv + relations.csv + sources.csv + types.csv + meta.csv');
    const mixed = readDatasetFiles([
      { name: 'a.json', text: '{}' },
      { name: 'b.gexf', text: '' },
    ]);
    expect(mixed.result.errors[0].message).toMatch(
      /open one JSON \(faultlines\/1, FollowTheMoney or STIX\), GEXF, GraphML or event file/,
    );
  });

  it('refuses files over the size limit and datasets over the count limits, saying which', () => {
    const limits = { maxBytes: 1000, maxActors: 10, maxRelations: 100 };
    const big = readDatasetFiles([{ name: 'big.json', text: 'x'.repeat(2000) }], limits);
    expect(big.result.errors[0].message).toMatch(/^big.json is 2 KB: files over 1 KB are not opened$/);
    const many = readDatasetFiles([{ name: 'd.json', text: JSON.stringify(bundled) }], { ...limits, maxBytes: 1e9 });
    expect(many.result.errors[0].message).toBe(
      `${bundled.actors.length} actors and ${bundled.relations.length} relations: more than this app opens (10 actors, 100 relations)`,
    );
  });
});

describe('GraphML import', () => {
  it('reads nodes as actors and edges as relations, using fields it knows and saying what it could not map', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="type" for="edge" attr.name="type" attr.type="string"/>
  <key id="start" for="edge" attr.name="start" attr.type="string"/>
  <graph id="G" edgedefault="directed">
    <node id="us"><data key="label">United States</data><data key="kind">state</data></node>
    <node id="sdf"><data key="label">SDF</data></node>
    <edge source="us" target="sdf"><data key="type">backs</data><data key="start">2015</data></edge>
    <edge source="sdf" target="isis"/>
  </graph>
</graphml>`;
    const v = valid(readDatasetFiles([{ name: 'g.graphml', text }]).result);
    expect(v.dataset.actors.map((a) => [a.id, a.label, a.kind])).toEqual([
      ['us', 'United States', 'state'],
      ['sdf', 'SDF', 'organisation'],
      ['isis', 'isis', 'organisation'],
    ]);
    expect(v.dataset.relations.map((r) => [r.source, r.target, r.type, r.start])).toEqual([
      ['us', 'sdf', 'backs', '2015'],
      ['sdf', 'isis', 'related-to', undefined],
    ]);
    expect(v.warnings.map(describeProblem)).toEqual([
      'g.graphml: 1 edge has no relation type: loaded as "related-to"',
      'g.graphml: 1 edge has no dates: loaded as undated',
      'g.graphml: 2 edges have no evidence: loaded as unsourced',
    ]);
  });

  it('reads an edge mode and once where valid, and says which it left out', () => {
    const text = `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="t" for="edge" attr.name="type"/><key id="s" for="edge" attr.name="start"/>
  <key id="e" for="edge" attr.name="end"/><key id="m" for="edge" attr.name="mode"/>
  <key id="o" for="edge" attr.name="once" attr.type="boolean"/><key id="o2" for="edge" attr.name="once"/>
  <graph edgedefault="directed">
    <node id="a"/><node id="b"/>
    <edge id="e1" source="a" target="b"><data key="t">strikes</data><data key="s">2024-11</data><data key="m">threat</data><data key="o">TRUE</data></edge>
    <edge id="e2" source="a" target="b"><data key="s">2024</data><data key="e">ongoing</data><data key="o">true</data></edge>
    <edge id="e3" source="a" target="b"><data key="m">Threat</data><data key="o2">sometimes</data></edge>
    <edge id="e4" source="a" target="b"><data key="s">2024</data><data key="o2">0</data></edge>
  </graph>
</graphml>`;
    const v = valid(readGraphmlDataset('m.graphml', text));
    expect(v.dataset.relations.map(({ id, mode, once }) => ({ id, mode, once }))).toEqual([
      { id: 'e1', mode: 'threat', once: true },
      { id: 'e2', mode: undefined, once: undefined },
      { id: 'e3', mode: undefined, once: undefined },
      { id: 'e4', mode: undefined, once: false },
    ]);
    expect(v.warnings.map(describeProblem).filter((w) => /"(mode|once)"/.test(w))).toEqual([
      'm.graphml: 1 edge has a "once" of true that could not be read (first: edge "e2"): expected dates that hold a one-off event (a start, and an end that is not ongoing); not used',
      'm.graphml: 1 edge has a "mode" that could not be read (first: edge "e3"): expected one of act, intention, offer, threat, conditional; not used',
      'm.graphml: 1 edge has a "once" that could not be read (first: edge "e3"): expected true or false; not used',
    ]);
  });

  it('reads the keys yEd writes: for all, for ports and the document, without attr.name; and ids edges lack', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="port" id="d0" yfiles.type="portgraphics"/>
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="graphml" id="d7" yfiles.type="resources"/>
  <key attr.name="label" attr.type="string" for="all" id="d9"/>
  <key id="type" for="edge"><default>backs</default></key>
  <graph edgedefault="undirected" id="G">
    <node id="n0"><data key="d9">Alpha</data><data key="d6"><y:ShapeNode><y:NodeLabel>Alpha</y:NodeLabel></y:ShapeNode></data></node>
    <node id="n1"><data key="d9">Bravo</data></node>
    <edge source="n0" target="n1"/>
    <edge source="n1" target="n0" directed="true"><data key="type">fights</data></edge>
  </graph>
  <data key="d7"><y:Resources/></data>
</graphml>`;
    const v = valid(readGraphmlDataset('y.graphml', text));
    expect(v.dataset.actors.map((a) => [a.id, a.label])).toEqual([
      ['n0', 'Alpha'],
      ['n1', 'Bravo'],
    ]);
    expect(v.dataset.relations.map((r) => [r.id, r.source, r.target, r.type])).toEqual([
      ['edge-0', 'n0', 'n1', 'backs'],
      ['edge-1', 'n1', 'n0', 'fights'],
    ]);
  });

  it('says where a GraphML file breaks, and what it expected', () => {
    const read = (text: string) => readGraphmlDataset('bad.graphml', text).errors.map(describeProblem);
    expect(read('<graphml>\n<graph>\n<node id="a">\n</graph></graphml>')).toEqual([
      'bad.graphml: not valid XML at line 4, column 8: unexpected close tag',
    ]);
    expect(read('<graphml><key id="k"/></graphml>')).toEqual([
      'bad.graphml: not a GraphML file: expected a <graphml> element holding a <graph>',
    ]);
    expect(
      read('<graphml><graph>\n<node/>\n<node id="a"/><node id="a"/>\n<edge target="a"/></graph></graphml>'),
    ).toEqual([
      'bad.graphml, line 2, <node>: a node without an id',
      'bad.graphml, line 3, <node id="a">: duplicate node id "a"',
      'bad.graphml, line 4, <edge>: an edge without its source or target',
    ]);
  });
});
