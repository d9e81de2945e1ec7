// The graph by keyboard. The graph pane is one tab stop; there the arrow keys
// move to the nearest actor shown in that direction on the screen
// (model/nearestInDirection.ts), ] and [ step through the lines of the actor
// the keyboard is on (in the Details panel's order), Space goes on to the actor
// at the other end of the line reached, Enter selects the actor or opens the
// line (the Details show its relations and evidence), and Escape lets go of the
// line reached (otherwise, as anywhere, it ends Focus, then clears the
// selection). ? lists the keys. The actor is drawn with a ring, the line reached
// highlighted, on an SVG layer over the canvas that follows the camera frame by
// frame (GraphKeyboard.tsx), and said through a polite live region
// (state/actorAnnouncement.ts). The ring shows only while the keyboard is in the
// graph: a click there, or leaving, hides it.

import type { StoreApi } from 'zustand';
import { directionOfKey, nearestInDirection, nearestToPoint, type Direction } from '../../model/nearestInDirection';
import { actorLines, announceActor, announceLine, type ActorLine } from '../../state/actorAnnouncement';
import { actorName, type LoadedDataset } from '../../state/loaded';
import type { Store } from '../../state/store';
import { nodeKey } from './nodeKeys';
import type { RendererRegistry } from './rendererRegistry';
import { commandChord } from '../typingIn';

/** Where an actor is drawn now: centre and radius in the pane's pixels. */
interface Spot {
  x: number;
  y: number;
  r: number;
}

/** Room kept between an actor the keyboard goes to and the pane's edge before the camera follows it. */
const EDGE_ROOM = 24;
/** Pixels between a disc and the ring around it. */
export const RING_GAP = 2.5;

/** The SVG marks the keyboard draws. */
export interface KeyMarks {
  ring: SVGGElement;
  other: SVGGElement;
  /** the line reached: its white casing, then its dashes */
  lines: SVGLineElement[];
  tag: SVGTextElement;
}

export interface KeyEvents {
  /** words for the live region */
  say(text: string): void;
  openShortcuts(): void;
}

const FURTHER: Record<Direction, string> = {
  up: 'up',
  down: 'down',
  left: 'to the left',
  right: 'to the right',
};

export class GraphKeys {
  /** the actor the keyboard is on */
  private actor: string | null = null;
  /** the line reached from it with ] and [: its place among the actor's lines */
  private reached: { index: number; line: ActorLine; count: number } | null = null;
  /** whether the keyboard's actor was shown after the last filter step */
  private actorShown = true;
  /** true while the keyboard is in the graph: the marks show */
  private active = false;
  /** where the keyboard's actor was last drawn, to go on from once it is hidden */
  private lastSpot: Spot | null = null;
  private readonly unsubscribe: () => void;
  private readonly listeners: [string, (e: Event) => void][];

  constructor(
    private readonly el: HTMLElement,
    private readonly marks: KeyMarks,
    private readonly loaded: LoadedDataset,
    private readonly registry: RendererRegistry,
    private readonly store: StoreApi<Store>,
    private readonly events: KeyEvents,
  ) {
    // a filter step may hide the actor or change its lines: the ring follows, the line reached is kept
    // while it is still shown (Play, a filter), and what went is said;
    this.unsubscribe = store.subscribe((s, p) => {
      // an actor selected elsewhere (a click, a search, a link) is where the keys go on from
      const chosen = s.selection !== p.selection && s.selection?.kind === 'actor' ? s.selection.id : null;
      if (s.step === p.step && (chosen === null || chosen === this.actor)) return;
      if (chosen !== null) {
        this.actor = chosen;
        this.actorShown = true;
        this.reached = null;
      } else this.afterStep();
      this.draw();
    });
    this.listeners = [
      ['keydown', (e) => this.key(e as KeyboardEvent)],
      ['focus', () => this.focused()],
      ['blur', () => this.hide()],
      ['pointerdown', () => this.hide()],
    ];
    for (const [type, f] of this.listeners) el.addEventListener(type, f);
  }

  stop(): void {
    this.unsubscribe();
    for (const [type, f] of this.listeners) this.el.removeEventListener(type, f);
  }

  /** Moves the ring, the line and the name to where the camera draws them now. */
  draw(): void {
    const { actor, reached, marks } = this;
    const at = actor && this.active ? this.spotOf(actor) : null;
    if (at) this.lastSpot = at;
    const to = at && reached ? this.spotOf(reached.line.other) : null;
    place(marks.ring, at);
    place(marks.other, to);
    // from ring to ring: the discs and their labels stay as they are
    const ends = at && to && reached?.line.other !== actor ? between(at, to) : null;
    for (const line of marks.lines) {
      line.style.display = ends ? '' : 'none';
      if (!ends) continue;
      line.setAttribute('x1', String(ends[0]));
      line.setAttribute('y1', String(ends[1]));
      line.setAttribute('x2', String(ends[2]));
      line.setAttribute('y2', String(ends[3]));
    }
    // the name of the actor reached (the line's other end, else the keyboard's), unless the labels show it
    const named = reached ? reached.line.other : actor;
    const spot = reached ? to : at;
    const labelled = this.registry.current?.drawing?.labels.placed.some((p) => p.node === named);
    const tag = marks.tag;
    const show = spot !== null && named !== null && !labelled;
    tag.style.display = show ? '' : 'none';
    if (show) {
      tag.textContent = actorName(this.loaded, named);
      tag.setAttribute('x', String(spot.x));
      tag.setAttribute('y', String(spot.y - spot.r - RING_GAP - 8));
    }
  }

  private get sigma() {
    return this.registry.current?.drawing?.sigma ?? null;
  }

  /** Where actor `id` is drawn now, or null when it is not shown. */
  private spotOf(id: string): Spot | null {
    const sigma = this.sigma;
    const engine = this.store.getState().engine;
    const a = this.loaded.index.actorOrdinal.get(id);
    if (!sigma || !engine || a === undefined || !engine.actorVisible[a]) return null;
    const d = sigma.getNodeDisplayData(nodeKey(id));
    if (!d || d.hidden) return null;
    const p = sigma.framedGraphToViewport(d);
    return { x: p.x, y: p.y, r: sigma.scaleSize(d.size) };
  }

  /** The shown actors and their places on the screen (x, y of actor k at [2k], [2k + 1]). */
  private shownSpots(): { ids: string[]; xy: number[] } {
    const engine = this.store.getState().engine;
    const ids: string[] = [];
    const xy: number[] = [];
    if (!engine) return { ids, xy };
    this.loaded.index.actorIds.forEach((id, a) => {
      if (!engine.actorVisible[a]) return;
      const at = this.spotOf(id);
      if (!at) return;
      ids.push(id);
      xy.push(at.x, at.y);
    });
    return { ids, xy };
  }

  /** The actor the keys start from: the keyboard's, else the selected one, else the one nearest the middle. */
  private startActor(): string | null {
    if (this.actor && this.spotOf(this.actor)) return this.actor;
    const selection = this.store.getState().selection;
    if (selection?.kind === 'actor' && this.spotOf(selection.id)) return selection.id;
    const { ids, xy } = this.shownSpots();
    const from = this.lastSpot ?? { x: this.el.clientWidth / 2, y: this.el.clientHeight / 2 };
    const k = nearestToPoint(xy, from.x, from.y);
    return k < 0 ? null : ids[k];
  }

  private say(text: string): void {
    this.draw();
    this.events.say(text);
  }

  private sayActor(id: string): void {
    const s = this.store.getState();
    if (!s.engine) return;
    const selected = s.selection?.kind === 'actor' && s.selection.id === id;
    this.say(announceActor(this.loaded, s.engine, id, selected));
  }

  private goTo(id: string): void {
    this.actor = id;
    this.actorShown = true;
    this.reached = null;
    this.keepInView(id);
    this.sayActor(id);
  }

  /** Keeps an actor in the pane: the camera glides there (at the same zoom) when it is near an edge or out. */
  private keepInView(id: string): void {
    const renderer = this.registry.current;
    const sigma = this.sigma;
    const at = this.spotOf(id);
    if (!renderer || !sigma || !at) return;
    const { clientWidth: w, clientHeight: h } = this.el;
    if (at.x >= EDGE_ROOM && at.x <= w - EDGE_ROOM && at.y >= EDGE_ROOM && at.y <= h - EDGE_ROOM) return;
    const { x, y } = sigma.getGraph().getNodeAttributes(nodeKey(id)) as { x: number; y: number };
    renderer.moveCamera({ x, y, ratio: sigma.getCamera().getState().ratio }, true);
  }

  private focused(): void {
    // a click puts the keyboard here too: the marks are for the keyboard only
    if (!this.el.matches(':focus-visible')) return;
    this.active = true;
    const selection = this.store.getState().selection;
    if (!this.actor && selection?.kind === 'actor' && this.spotOf(selection.id)) this.actor = selection.id;
    if (this.actor) this.sayActor(this.actor);
    else this.draw();
  }

  private hide(): void {
    this.active = false;
    this.draw();
  }

  private key(e: KeyboardEvent): void {
    if (commandChord(e)) return;
    const direction = directionOfKey(e.key);
    const handled = () => {
      this.active = true;
      e.preventDefault();
      // the page's own keys (Escape, a story's arrows) do not act on a key the graph took
      e.stopPropagation();
    };
    if (e.key === '?') {
      handled();
      this.events.openShortcuts();
    } else if (direction) {
      handled();
      this.move(direction);
    } else if (e.key === ']' || e.key === '[') {
      handled();
      this.stepLine(e.key === ']' ? 1 : -1);
    } else if (e.key === ' ' && this.reached) {
      handled();
      this.goTo(this.reached.line.other);
    } else if (e.key === 'Enter') {
      handled();
      this.choose();
    } else if (e.key === 'Escape' && this.reached) {
      handled();
      this.reached = null;
      if (this.actor) this.sayActor(this.actor);
    }
  }

  private move(direction: Direction): void {
    const here = this.actor ? this.spotOf(this.actor) : null;
    if (!here) {
      const start = this.startActor();
      if (start) this.goTo(start);
      else this.say('No actor is shown.');
      return;
    }
    const { ids, xy } = this.shownSpots();
    const k = nearestInDirection(xy, here, direction, ids.indexOf(this.actor!));
    if (k < 0) this.say(`No actor further ${FURTHER[direction]} of ${actorName(this.loaded, this.actor!)}.`);
    else this.goTo(ids[k]);
  }

  /** After a filter step: the line reached follows its place among the lines, or is let go, said so. */
  private afterStep(): void {
    const engine = this.store.getState().engine;
    const { actor, reached } = this;
    if (!actor || !engine) return;
    const a = this.loaded.index.actorOrdinal.get(actor);
    const shown = a !== undefined && engine.actorVisible[a] === 1;
    const wasShown = this.actorShown;
    this.actorShown = shown;
    if (!shown) {
      this.reached = null;
      // said once, when it goes, not at every step of Play while it stays hidden
      if (this.active && wasShown) this.events.say(`${actorName(this.loaded, actor)} is no longer shown.`);
      return;
    }
    if (!reached) return;
    const lines = actorLines(this.loaded, engine, actor);
    const index = lines.findIndex((l) => l.group === reached.line.group);
    this.reached = index < 0 ? null : { index, line: lines[index], count: lines.length };
    if (index < 0 && this.active)
      this.events.say(`That line is no longer shown; back on ${actorName(this.loaded, actor)}.`);
  }

  private stepLine(by: 1 | -1): void {
    const from = this.actor && this.spotOf(this.actor) ? this.actor : this.startActor();
    const engine = this.store.getState().engine;
    if (!from || !engine) return this.say('No actor is shown.');
    const lines = actorLines(this.loaded, engine, from);
    if (from !== this.actor) this.reached = null;
    this.actor = from;
    if (lines.length === 0) {
      this.reached = null;
      return this.say(`${announceActor(this.loaded, engine, from)} No lines to step through.`);
    }
    const was = this.reached ? this.reached.index : by > 0 ? -1 : lines.length;
    const index = (was + by + lines.length) % lines.length;
    this.reached = { index, line: lines[index], count: lines.length };
    this.keepInView(lines[index].other);
    this.say(announceLine(this.loaded, from, lines[index], index, lines.length));
  }

  private choose(): void {
    const { select } = this.store.getState();
    if (this.reached) select({ kind: 'edge', key: this.loaded.edgeKeys[this.reached.line.group] });
    else if (this.actor && this.spotOf(this.actor)) select({ kind: 'actor', id: this.actor });
    else this.say('Move to an actor with the arrow keys first.');
  }
}

/** The segment between two rings (x1, y1, x2, y2); null when they touch. */
function between(a: Spot, b: Spot): [number, number, number, number] | null {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy);
  const from = a.r + RING_GAP + 4;
  const to = length - b.r - RING_GAP - 4;
  if (to <= from) return null;
  const ux = dx / length;
  const uy = dy / length;
  return [a.x + ux * from, a.y + uy * from, a.x + ux * to, a.y + uy * to];
}

/** Puts a ring's circles around a disc, or hides it. */
function place(g: SVGGElement, at: Spot | null): void {
  g.style.display = at ? '' : 'none';
  if (!at) return;
  const r = at.r + RING_GAP;
  for (const c of g.querySelectorAll('circle')) {
    c.setAttribute('cx', String(at.x));
    c.setAttribute('cy', String(at.y));
    c.setAttribute('r', String(r));
  }
}
