import { groupProblems } from '../model/problemGroups';
import { placeOf, type Problem } from '../model/problems';
import { useStore } from '../state/store';

/**
 * Problems of a load, each with its place; rendered as text, never as HTML. Problems of one kind are
 * one line ("199 relations: no evidence…") that opens to their places.
 */
export function ProblemList({ problems, total }: { problems: readonly Problem[]; total: number }) {
  return (
    <>
      <ul>
        {groupProblems(problems).map((g, i) =>
          g.problems.length === 1 ? (
            <li key={i}>
              <code>{placeOf(g.problems[0])}</code> {g.summary}
            </li>
          ) : (
            <li key={i}>
              <details>
                <summary>{g.summary}</summary>
                <ul>
                  {g.problems.map((p, k) => (
                    <li key={k}>
                      <code>{placeOf(p)}</code> {p.message}
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ),
        )}
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
