// Colours. Nodes by actor kind (Okabe-Ito, safe for colour-blind readers);
// edges by type within their sign's hue: blues cooperate, reds oppose, greys
// are neutral. Colour is never the only carrier: the legend, arrows, labels,
// the contested mark and the details panel say the same in text and shape.

import { BUILTIN_TYPES, type RelationType, type Sign } from '../model/relationTypes';
import type { ActorKind } from '../model/types';

export const KIND_COLOURS: Record<ActorKind, string> = {
  state: '#0072B2',
  'state-institution': '#56B4E9',
  'armed-group': '#D55E00',
  umbrella: '#E69F00',
  alliance: '#CC79A7',
  political: '#009E73',
  person: '#B8A200',
  organisation: '#7F7F7F',
};

const TYPE_COLOURS: Record<string, string> = {
  backs: '#1f5fa8',
  'deploys-to': '#3a86cf',
  'member-of': '#6aa6dc',
  'allied-with': '#167f8f',
  'pledges-support': '#8dbce6',
  fights: '#b01c2e',
  strikes: '#d9472b',
  opposes: '#e5874f',
  accuses: '#c2417a',
  'designates-terrorist': '#7d1733',
  'negotiates-with': '#5f5f5f',
  meets: '#8f8f8f',
  mediates: '#6b5fa8',
  'related-to': '#a0a0a0',
};

const SIGN_FALLBACK: Record<Sign, string[]> = {
  1: ['#2c7bb6', '#4f9fd6', '#1d4f91'],
  [-1]: ['#c0392b', '#e06c3c', '#8e1b2b'],
  0: ['#707070', '#9a9a9a', '#4d4d4d'],
};

/** One colour per sign, for keys that stand for all the types of a sign. */
export const SIGN_COLOURS: Record<Sign, string> = { 1: '#1f5fa8', [-1]: '#b01c2e', 0: '#5f5f5f' };

export const SIGN_NAMES: Record<Sign, string> = { 1: 'cooperative', [-1]: 'hostile', 0: 'neutral' };

/** An edge colour for a type: its own, the built-in one, or one of its sign's hue. */
export function typeColour(type: RelationType): string {
  if (type.colour) return type.colour;
  // a built-in colour only for a type that keeps its built-in sign (a dataset may redeclare one)
  const builtin = TYPE_COLOURS[type.id];
  if (builtin && BUILTIN_TYPES.find((t) => t.id === type.id)?.sign === type.sign) return builtin;
  const options = SIGN_FALLBACK[type.sign];
  let h = 0;
  for (let i = 0; i < type.id.length; i++) h = (h * 31 + type.id.charCodeAt(i)) >>> 0;
  return options[h % options.length];
}

/** A #rrggbb colour made see-through, as an rgba() sigma and SVG both read. */
export function withAlpha(hex: string, alpha: number, digits = 2): string {
  const n = parseInt(hex.slice(1, 7), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha.toFixed(digits)})`;
}

export const DIMMED_NODE = '#d5d8dc';
export const DIMMED_EDGE = '#e6e8ea';
export const BACKGROUND = '#ffffff';

/** Blocs A-D (Okabe-Ito hues apart from the kind colours' order); actors no tie places. */
export const BLOC_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7'];
export const UNPLACED_NODE = '#b5b9be';
/** Communities cycle through these (no grey: grey is for actors no community holds); the label carries the name too. */
export const COMMUNITY_COLOURS = [
  '#1b9e77',
  '#d95f02',
  '#7570b3',
  '#e7298a',
  '#66a61e',
  '#e6ab02',
  '#a6761d',
  '#1f78b4',
  '#b15928',
];
/** What changed: new and gone lines keep their type's colour; flipped ones are purple, kept ones grey. */
export const FLIPPED_EDGE = '#6a3d9a';
export const KEPT_EDGE = '#9aa0a6';
