import { useStore } from '../state/store';

/** What a link asked for that this dataset or this version could not show. */
export function LinkNotices() {
  const notices = useStore((s) => s.notices);
  const dismiss = useStore((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  return (
    <div role="alert" className="problems warnings link-notices">
      <p>
        <strong>Parts of this link could not be shown:</strong>
      </p>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
