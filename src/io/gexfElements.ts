// The parts of a GEXF file the importer uses, gathered in one pass over the XML
// events (xmlEvents.ts): attribute declarations, nodes, edges and the meta
// texts. gexfImport.ts maps them once the whole file is read, as a file may
// declare its attributes or nodes after their use. Nodes and edges keep only
// the strings the importer reads: the parser's own objects are let go at once
// (keeping them doubled the time spent collecting garbage on 100,000 edges).
//
// Which elements count is what GEXF nests where: the first <graph> of <gexf>,
// its first <nodes> and <edges>, a node's or edge's first <attvalues> and
// <spells>, any prefix or none (files bind viz: and the GEXF namespace to many
// URIs, misspelt ones included).

import type { Problem } from '../model/problems';
import { FAULTLINES_NS } from './gexfExport';
import type { VizElements } from './gexfViz';
import { readXmlEvents, type XmlElement, type XmlHandlers } from './xmlEvents';

type Attributes = Readonly<Record<string, string>>;

export interface GexfAttributeDef {
  attributes: Attributes;
  /** the text of its <default>, if any */
  fallback?: string;
}

/** A node's or edge's attributes the importer reads, copied out of the parser's dictionary objects. */
interface Tagged {
  id?: string;
  line: number;
  /** each <attvalue>'s attribute (its "for", or "id" in GEXF 1.1) and value, in turn: [key, value, key, value...] */
  values: string[];
}

export interface GexfNode extends Tagged {
  label?: string;
  /** a start or end attribute, or <spells> */
  dated: boolean;
  viz: VizElements;
}

export interface GexfEdge extends Tagged {
  source?: string;
  target?: string;
  /** start, else startopen; end, else endopen */
  start?: string;
  end?: string;
  /** which attribute each came from, for messages */
  startName: 'start' | 'startopen';
  endName: 'end' | 'endopen';
  /** each <spell>'s attributes, when the edge has <spells> */
  spells?: Attributes[];
}

/** The Faultlines elements the export writes in <meta>, in its own namespace (FAULTLINES_NS). */
const FAULTLINES_TEXTS = ['sources', 'relationTypes', 'schema'] as const;
type FaultlinesText = (typeof FAULTLINES_TEXTS)[number];

export interface GexfMeta extends Partial<Record<FaultlinesText | 'title' | 'description', string>> {
  /** the <meta>'s lastmodifieddate attribute */
  lastModified?: string;
  /** whether it holds any element in the Faultlines namespace: the file is one Faultlines wrote */
  faultlines: boolean;
}

export interface GexfElements {
  graph: Attributes;
  nodeDefs: GexfAttributeDef[];
  edgeDefs: GexfAttributeDef[];
  nodes: GexfNode[];
  edges: GexfEdge[];
  meta: GexfMeta | undefined;
  /** slips in the XML read leniently (xmlEvents.ts) */
  warnings: Problem[];
}

// What an open element is to the reader; 'skip' is anything else (its text still counts for a <title>).
type Role =
  | 'gexf'
  | 'graph'
  | 'meta'
  | 'title'
  | 'description'
  | FaultlinesText
  | 'attributes'
  | 'attribute'
  | 'default'
  | 'nodes'
  | 'node'
  | 'edges'
  | 'edge'
  | 'attvalues'
  | 'spells'
  | 'skip';

type Text = 'title' | 'description' | FaultlinesText | 'default';

const VIZ = new Set(['color', 'size', 'position']);

/** The state machine: which element is open where, and what has been read so far. */
class GexfGatherer implements XmlHandlers {
  readonly out: GexfElements = {
    graph: {},
    nodeDefs: [],
    edgeDefs: [],
    nodes: [],
    edges: [],
    meta: undefined,
    warnings: [],
  };
  isGexf = false;
  private readonly roles: Role[] = [];
  /** the single elements already met ("graph", "nodes", "title"...): only the first counts */
  private readonly seen = new Set<string>();
  private inMeta = 0;
  private defs: GexfAttributeDef[] | undefined;
  private def: GexfAttributeDef | undefined;
  private node: GexfNode | undefined;
  private edge: GexfEdge | undefined;
  /** whether the open node or edge has had its <attvalues>, its <spells> */
  private hadValues = false;
  private hadSpells = false;
  /** texts being read: a <title> holds the text of all it contains, a <sources> element too */
  private readonly texts: { role: Text; parts: string[] }[] = [];

  private firstOf(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }

  private roleOf(el: XmlElement, parent: Role | undefined): Role {
    const local = el.local;
    if (parent === undefined) return local === 'gexf' ? 'gexf' : 'skip';
    if (this.inMeta > 0 && el.uri === FAULTLINES_NS) {
      if (this.out.meta) this.out.meta.faultlines = true;
      const own = FAULTLINES_TEXTS.find((t) => t === local);
      return own && this.firstOf(`fl:${own}`) ? own : 'skip';
    }
    switch (parent) {
      case 'gexf':
        return (local === 'graph' || local === 'meta') && this.firstOf(local) ? local : 'skip';
      case 'meta':
        return (local === 'title' || local === 'description') && this.firstOf(local) ? local : 'skip';
      case 'graph':
        if (local === 'attributes') return 'attributes';
        return (local === 'nodes' || local === 'edges') && this.firstOf(local) ? local : 'skip';
      case 'attributes':
        return local === 'attribute' && this.defs ? 'attribute' : 'skip';
      case 'attribute':
        // the first <default> only: once read, its text (even "") is set
        return local === 'default' && this.def?.fallback === undefined ? 'default' : 'skip';
      case 'nodes':
        return local === 'node' ? 'node' : 'skip';
      case 'edges':
        return local === 'edge' ? 'edge' : 'skip';
      case 'node':
      case 'edge':
        if (local === 'attvalues' && !this.hadValues) return ((this.hadValues = true), 'attvalues');
        if (local === 'spells' && !this.hadSpells) return ((this.hadSpells = true), 'spells');
        if (this.node && VIZ.has(local) && !(local in this.node.viz)) {
          this.node.viz[local as keyof VizElements] = el.attributes;
        }
        return 'skip';
      case 'attvalues': {
        // GEXF 1.2 names the attribute with "for", 1.1 with "id"
        const a = el.attributes;
        if (local === 'attvalue') (this.node ?? this.edge)?.values.push(a.for || a.id || '', a.value ?? '');
        return 'skip';
      }
      case 'spells':
        if (local === 'spell') this.edge?.spells?.push(el.attributes);
        return 'skip';
      default:
        return 'skip';
    }
  }

  open(el: XmlElement): boolean | void {
    const parent = this.roles[this.roles.length - 1];
    const role = this.roleOf(el, parent);
    this.roles.push(role);
    if (this.inMeta > 0 || role === 'meta') this.inMeta++;
    const a = el.attributes;
    switch (role) {
      case 'gexf':
        this.isGexf = true;
        break;
      case 'skip':
        // not GEXF at all: nothing more to read
        if (parent === undefined) return false;
        break;
      case 'graph':
        this.out.graph = a;
        break;
      case 'meta':
        this.out.meta = { faultlines: false, lastModified: a.lastmodifieddate };
        break;
      case 'title':
      case 'description':
      case 'sources':
      case 'relationTypes':
      case 'schema':
      case 'default':
        this.texts.push({ role, parts: [] });
        break;
      case 'attributes':
        this.defs = a.class === 'node' ? this.out.nodeDefs : a.class === 'edge' ? this.out.edgeDefs : undefined;
        break;
      case 'attribute':
        this.def = { attributes: a };
        this.defs?.push(this.def);
        break;
      case 'node':
        this.node = { id: a.id, label: a.label, dated: !!(a.start || a.end), line: el.line, values: [], viz: {} };
        this.out.nodes.push(this.node);
        this.hadValues = this.hadSpells = false;
        break;
      case 'edge': {
        const startName = a.start ? 'start' : a.startopen ? 'startopen' : 'start';
        const endName = a.end ? 'end' : a.endopen ? 'endopen' : 'end';
        const [start, end] = [a[startName], a[endName]];
        this.edge = {
          id: a.id,
          source: a.source,
          target: a.target,
          start,
          end,
          startName,
          endName,
          line: el.line,
          values: [],
        };
        this.out.edges.push(this.edge);
        this.hadValues = this.hadSpells = false;
        break;
      }
      case 'spells':
        if (this.node) this.node.dated = true;
        else if (this.edge) this.edge.spells = [];
        break;
    }
  }

  close(): void {
    const role = this.roles.pop();
    if (this.inMeta > 0) this.inMeta--;
    switch (role) {
      case 'title':
      case 'description':
      case 'sources':
      case 'relationTypes':
      case 'schema':
      case 'default': {
        const text = (this.texts.pop() as { parts: string[] }).parts.join('');
        if (role !== 'default') {
          if (this.out.meta) this.out.meta[role] = text;
        } else if (this.def) this.def.fallback = text;
        break;
      }
      case 'attributes':
        this.defs = undefined;
        break;
      case 'attribute':
        this.def = undefined;
        break;
      case 'node':
        this.node = undefined;
        break;
      case 'edge':
        this.edge = undefined;
        break;
    }
  }

  text(t: string): void {
    for (const c of this.texts) c.parts.push(t);
  }

  get hasGraph(): boolean {
    return this.seen.has('graph');
  }
}

/** Gathers the GEXF parts of `text`, or the problem that stops it (bad XML, or not GEXF). */
export function gatherGexf(name: string, text: string): GexfElements | Problem {
  const { handlers: gatherer, problem, warnings } = readXmlEvents(name, text, () => new GexfGatherer());
  if (problem) return problem;
  gatherer.out.warnings = warnings;
  if (!gatherer.isGexf || !gatherer.hasGraph)
    return { path: [], message: 'not a GEXF file: expected a <gexf> element holding a <graph>', place: name };
  return gatherer.out;
}
