import { placeOf, type Problem } from '../model/problems';
import { useStore } from '../state/store';

/** Problems of a load, each with its place; rendered as text, never as HTML. */
export function ProblemList({ problems, total }: { problems: readonly Problem[]; total: number }) {
  return (
    <>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <code>{placeOf(p)}</code> {p.message}
          </li>
        ))}
      </ul>
      {total > problems.length && <p>…and {total - problems.length} more.</p>}
    </>
  );
}

/** The alert for a file that could not be opened; what was open stays open. */
export function LoadErrors() {
  const failure = useStore((s) => s.failure);
  const loaded = useStore((s) => s.loaded);
  const dismiss = useStore((s) => s.dismissFailure);
  if (!failure) return null;
  return (
    <div role="alert" className="problems errors">
      <p>
        <strong>{failure.name}</strong> could not be opened ({failure.errorCount} error
        {failure.errorCount === 1 ? '' : 's'}).{loaded ? ` Still showing ${loaded.name}.` : ''}
      </p>
      <ProblemList problems={failure.errors} total={failure.errorCount} />
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
