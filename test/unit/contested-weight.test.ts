// A denied or disputed tie is not a full one (issue 17): on the bundled dataset's
// first week, Turkey–HTS rests on an SDF accusation that Turkey's foreign
// minister denied; it weighs the contested factor, and the pair's details say how.
import { describe, expect, it } from 'vitest';
import bundled from '../../data/aleppo-2024.json';
import { daysFromCivil } from '../../src/model/dates';
import { FilterEngine } from '../../src/model/filterEngine';
import { prepare } from '../../src/model/prepare';
import { DEFAULT_TIE_WEIGHTS, weightParts } from '../../src/model/signedTies';
import { validateDataset, type ValidDataset } from '../../src/model/validate';
import { loadedDataset } from '../../src/state/loaded';
import { pairTie, tieWeightsOf, weightsFor } from '../../src/state/tieWeights';
import { filtersOf } from '../../src/state/viewRules';
import { VIEW_DEFAULTS } from '../../src/state/viewFields';
import { arithmeticLine } from '../../src/view/details/arithmeticLine';

const valid = validateDataset(bundled) as ValidDataset;
const loaded = loadedDataset('bundled', valid, prepare(valid));
const engine = new FilterEngine(loaded.index);
engine.apply(
  filtersOf(
    { ...VIEW_DEFAULTS, from: daysFromCivil(2024, 11, 27), to: daysFromCivil(2024, 12, 2) },
    loaded.index.maxDay,
  ),
);

const net = (settings: { claimed: number; contested: number; unacted: number }) => {
  const tie = pairTie(weightsFor(loaded, settings, null), loaded, engine.visible, 'turkey', 'hts')!;
  return tie.positive[0] - tie.negative[0];
};

describe('the weight of a denied tie', () => {
  it('Turkey–HTS in the first week counts at the contested factor, not in full', () => {
    expect(DEFAULT_TIE_WEIGHTS.contested).toBe(0.25);
    expect(net(VIEW_DEFAULTS.analysisSettings)).toBeCloseTo(0.25);
    // as before this issue, at full weight, and left out
    expect(net({ claimed: 0.5, contested: 1, unacted: 0.25 })).toBeCloseTo(1);
    expect(net({ claimed: 0.5, contested: 0, unacted: 0.25 })).toBeCloseTo(0);
  });

  it("the pair's details show the arithmetic", () => {
    const i = valid.dataset.relations.findIndex((r) => r.id === 'turkey-backs-hts-offensive-2024');
    const parts = weightParts(
      valid.dataset.relations[i],
      valid.types,
      loaded.index,
      i,
      tieWeightsOf(VIEW_DEFAULTS.analysisSettings),
      null,
    );
    expect(arithmeticLine('backs', parts)).toBe('backs: +1 × 1 source × 0.25 (denied) = +0.25');
    // a disputed relation takes the same factor
    const k = valid.dataset.relations.findIndex((r) => r.id === 'us-backs-syrian-rebels-offensive-2024');
    const disputed = weightParts(
      valid.dataset.relations[k],
      valid.types,
      loaded.index,
      k,
      tieWeightsOf({ claimed: 0.5, contested: 0.75, unacted: 0.25 }),
      null,
    );
    expect(disputed).toMatchObject({ status: 'disputed', factor: 0.75 });
    expect(disputed.weight).toBeCloseTo(disputed.typeWeight * disputed.sources * 0.75);
  });
});
