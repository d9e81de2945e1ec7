// Brokers: the actors most often on the shortest chains between others
// (betweenness), with their cooperative and hostile ties.

import { memo } from 'react';
import type { Analysis } from '../../model/analysis';
import { actorName, type LoadedDataset } from '../../state/loaded';
import { useStore } from '../../state/store';

const LISTED = 15;

export const BrokersSection = memo(function BrokersSection({
  loaded,
  analysis,
}: {
  loaded: LoadedDataset;
  analysis: Analysis;
}) {
  const select = useStore((s) => s.select);
  const { betweenness, degrees } = analysis;
  const ranked = Array.from(betweenness.score.keys())
    .filter((a) => betweenness.score[a] > 0)
    .sort((x, y) => betweenness.score[y] - betweenness.score[x] || x - y)
    .slice(0, LISTED);
  return (
    <section aria-label="Brokers" className="analysis-section">
      <h3>Brokers</h3>
      <p className="hint">
        Betweenness: the share of shortest chains between other actors that pass through one.
        {betweenness.exact ? '' : ` Estimated from ${betweenness.sources} sampled actors.`}
      </p>
      {ranked.length === 0 ? (
        <p>No actor lies between two others in what is shown.</p>
      ) : (
        <table className="brokers">
          <caption className="visually-hidden">Brokers, by betweenness</caption>
          <thead>
            <tr>
              <th scope="col">Actor</th>
              <th scope="col">Betweenness</th>
              <th scope="col">Cooperative ties</th>
              <th scope="col">Hostile ties</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((a) => {
              const id = loaded.index.actorIds[a];
              return (
                <tr key={a}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => select({ kind: 'actor', id }, { reveal: true })}
                    >
                      {actorName(loaded, id)}
                    </button>
                  </th>
                  <td>{betweenness.normalised[a].toFixed(3)}</td>
                  <td>{degrees.positive[a]}</td>
                  <td>{degrees.negative[a]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
});
