import { cancelLoad } from '../state/loader';
import { useStore } from '../state/store';

/**
 * What the loading worker is doing, with a way to stop it; the open dataset stays meanwhile.
 * Once a large dataset is open on a quick layout, a quiet line while its final layout is computed.
 */
export function LoadingBar() {
  const loading = useStore((s) => s.loading);
  const settling = useStore((s) => s.layoutSettling);
  if (!loading)
    return settling ? (
      <div className="loading-bar" aria-live="polite">
        <span>Arranging the graph…</span>
      </div>
    ) : null;
  const percent = loading.fraction === null ? undefined : Math.round(loading.fraction * 100);
  return (
    <div className="loading-bar">
      <span>
        Opening {loading.name}: {loading.stage}…
      </span>
      <progress aria-label={`Opening ${loading.name}`} aria-valuetext={loading.stage} max={100} value={percent} />
      <button type="button" onClick={cancelLoad}>
        Cancel loading
      </button>
    </div>
  );
}
