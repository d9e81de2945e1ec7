// The analysis panel's settings: how many blocs, how much a claim weighs, and
// what the graph's colours and sizes show.

import { MAX_BLOCS } from '../../model/blocs';
import type { ColourBy, SizeBy } from '../../state/analysisSlice';
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
      <label>
        Weight of claimed relations{' '}
        <select value={settings.claimed} onChange={(e) => set({ claimed: Number(e.target.value) })}>
          {[0, 0.25, 0.5, 0.75, 1].map((w) => (
            <option key={w} value={w}>
              {w === 1 ? '1 (as reported)' : w === 0 ? '0 (left out)' : String(w)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Colour actors by{' '}
        <select value={settings.colourBy} onChange={(e) => set({ colourBy: e.target.value as ColourBy })}>
          {COLOUR_OPTIONS.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Size actors by{' '}
        <select value={settings.sizeBy} onChange={(e) => set({ sizeBy: e.target.value as SizeBy })}>
          {SIZE_OPTIONS.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
