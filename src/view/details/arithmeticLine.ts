// One relation's part of a signed tie, in words and numbers.

import type { WeightParts } from '../../model/signedTies';

function number(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

/** "backs: +1 (material) × 2 sources × 0.25 (denied) = +0.5" */
export function arithmeticLine(label: string, p: WeightParts): string {
  const sign = (n: number) => (n > 0 ? `+${number(n)}` : number(n));
  const parts = [`${sign(p.typeWeight)}`, `${p.sources} source${p.sources === 1 ? '' : 's'}`];
  if (p.status) parts.push(`${number(p.factor)} (${p.status})`);
  if (p.mode) parts.push(`${number(p.modeFactor)} (${p.mode}, not an act)`);
  return `${label}: ${parts.join(' × ')} = ${sign(p.weight)}`;
}
