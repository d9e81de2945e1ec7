import { cancelLoad } from '../state/loader';
import { useStore } from '../state/store';

/** What the loading worker is doing, with a way to stop it; the open dataset stays meanwhile. */
export function LoadingBar() {
  const loading = useStore((s) => s.loading);
  if (!loading) return null;
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
