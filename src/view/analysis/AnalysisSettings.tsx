// The analysis panel's settings: how many blocs, how much a claim and a denied
// or disputed relation weigh, and what the graph's colours and sizes show.

import { MAX_BLOCS } from '../../model/blocs';
import { CLAIMED_WEIGHTS, type ColourBy, type SizeBy } from '../../state/viewFields';
import { useStore } from '../../state/store';

const COLOUR_OPTIONS: [ColourBy, string][] = [
  ['kind', 'Actor kind'],
  ['bloc', 'Bloc'],
  ['community', 'Community'],
];
const SIZE_OPTIONS: [SizeBy, string][] = [
  ['degree', 'Visible relations'],
  ['betweenness', 'Betweenness (brokers)'],
  ['cooperative', 'Cooperative weight'],
  ['hostile', 'Hostile weight'],
];

export function AnalysisSettingsForm() {
  const settings = useStore((s) => s.analysisSettings);
  const set = useStore((s) => s.setAnalysisSettings);
  return (
    <div className="analysis-settings">
      <label>
        Blocs{' '}
        <select aria-label="Number of blocs" value={settings.k} onChange={(e) => set({ k: Number(e.target.value) })}>
          {Array.from({ length: MAX_BLOCS - 1 }, (_, i) => i + 2).map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      <WeightChoice
        label="Weight of claimed relations"
        full="as reported"
        value={settings.claimed}
        onChange={(claimed) => set({ claimed })}
      />
      <WeightChoice
        label="Weight of denied and disputed relations"
        full="as if undisputed"
        value={settings.contested}
        onChange={(contested) => set({ contested })}
      />
      <WeightChoice
        label="Weight of intentions, offers and threats"
        full="as if done"
        value={settings.unacted}
        onChange={(unacted) => set({ unacted })}
      />
      <Choice
        label="Colour actors by"
        value={settings.colourBy}
        options={COLOUR_OPTIONS}
        onChange={(colourBy) => set({ colourBy })}
      />
      <Choice
        label="Size actors by"
        value={settings.sizeBy}
        options={SIZE_OPTIONS}
        onChange={(sizeBy) => set({ sizeBy })}
      />
    </div>
  );
}

/** A labelled select over a fixed list of values. */
function Choice<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: [T, string][];
  onChange(value: T): void;
}) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A factor from 0 (left out) to 1 (`full`: counted in full). */
function WeightChoice(props: { label: string; full: string; value: number; onChange: (w: number) => void }) {
  return (
    <label>
      {props.label}{' '}
      <select value={props.value} onChange={(e) => props.onChange(Number(e.target.value))}>
        {CLAIMED_WEIGHTS.map((w) => (
          <option key={w} value={w}>
            {w === 1 ? `1 (${props.full})` : w === 0 ? '0 (left out)' : String(w)}
          </option>
        ))}
      </select>
    </label>
  );
}
