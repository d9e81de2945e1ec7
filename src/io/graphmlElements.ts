// The parts of a GraphML file the importer uses, gathered in one pass over the
// XML events (xmlEvents.ts): the <key> declarations, and each <node> and <edge>
// with its <data> as text. graphmlImport.ts maps them once the whole file is
// read, since keys may come after their use. Elements count wherever they are
// and by their name as written, as graphology-graphml (the reader before this
// one) took them; a <data> belongs to the node or edge nearest around it.

import type { Problem } from '../model/problems';
import { readXmlEvents, type XmlElement, type XmlHandlers } from './xmlEvents';

type Attributes = Readonly<Record<string, string>>;

export interface GraphmlKey {
  attributes: Attributes;
  /** the text of its first <default>, if any */
  fallback?: string;
}

export interface GraphmlItem {
  id?: string;
  line: number;
  /** each <data>'s key and text, in turn: [key, text, key, text...] */
  data: string[];
}

export interface GraphmlEdge extends GraphmlItem {
  source?: string;
  target?: string;
}

export interface GraphmlElements {
  keys: GraphmlKey[];
  nodes: GraphmlItem[];
  edges: GraphmlEdge[];
  /** slips in the XML read leniently (xmlEvents.ts) */
  warnings: Problem[];
}

/** The state machine: the keys, nodes and edges met, and the <data> or <default> being read. */
class GraphmlGatherer implements XmlHandlers {
  readonly out: GraphmlElements = { keys: [], nodes: [], edges: [], warnings: [] };
  hasGraph = false;
  /** the nodes and edges open around the current element, innermost last */
  private readonly owners: GraphmlItem[] = [];
  private key: GraphmlKey | undefined;
  /** the <data> or <default> being read, and how many elements deep in it the reader is */
  private reading: { parts: string[]; depth: number; owner?: GraphmlItem; key?: string } | undefined;

  open(el: XmlElement): void {
    if (this.reading) {
      this.reading.depth++;
      return;
    }
    const a = el.attributes;
    switch (el.name) {
      case 'graph':
        this.hasGraph = true;
        break;
      case 'key':
        this.key = { attributes: a };
        this.out.keys.push(this.key);
        break;
      case 'default':
        if (this.key && this.key.fallback === undefined) this.reading = { parts: [], depth: 0 };
        break;
      case 'node': {
        const node = { id: a.id, line: el.line, data: [] };
        this.out.nodes.push(node);
        this.owners.push(node);
        break;
      }
      case 'edge': {
        const edge = { id: a.id, source: a.source, target: a.target, line: el.line, data: [] };
        this.out.edges.push(edge);
        this.owners.push(edge);
        break;
      }
      case 'data': {
        // graph-level data has no owner: read and dropped, so its text goes nowhere
        const owner = this.owners[this.owners.length - 1];
        this.reading = { parts: [], depth: 0, owner, key: a.key ?? '' };
        break;
      }
    }
  }

  close(el: XmlElement): void {
    const reading = this.reading;
    if (reading) {
      if (reading.depth-- > 0) return;
      this.reading = undefined;
      const text = reading.parts.join('');
      if (reading.key === undefined) {
        if (this.key) this.key.fallback = text;
      } else reading.owner?.data.push(reading.key, text);
      return;
    }
    if (el.name === 'key') this.key = undefined;
    else if (el.name === 'node' || el.name === 'edge') this.owners.pop();
  }

  text(t: string): void {
    this.reading?.parts.push(t);
  }
}

/** Gathers the GraphML parts of `text`, or the problem that stops it (bad XML, or no graph). */
export function gatherGraphml(name: string, text: string): GraphmlElements | Problem {
  const { handlers: gatherer, problem, warnings } = readXmlEvents(name, text, () => new GraphmlGatherer());
  if (problem) return problem;
  gatherer.out.warnings = warnings;
  if (!gatherer.hasGraph)
    return { path: [], message: 'not a GraphML file: expected a <graphml> element holding a <graph>', place: name };
  return gatherer.out;
}
