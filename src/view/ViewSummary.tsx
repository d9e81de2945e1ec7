// The view in words, kept current for a screen reader (the sentences of
// state/summaryText.ts in a region read in page order, not announced on every
// step), and "Copy summary" to paste them into a briefing. The words are made a
// moment after the view rests, not on every store change: with a busy actor
// selected they walk tens of thousands of relations, too much for each frame of
// a dragged slider or of Play.

import { useEffect, useState } from 'react';
import type { LoadedDataset } from '../state/loaded';
import { useStore } from '../state/store';
import { summaryText } from '../state/summaryText';

/** Milliseconds the view must rest before its summary is made again. */
const REST_MS = 250;

function useRestingSummary(loaded: LoadedDataset): string {
  const [text, setText] = useState(() => {
    const s = useStore.getState();
    return s.engine ? summaryText(loaded, s.engine, s) : '';
  });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const make = () => {
      const s = useStore.getState();
      setText(s.engine ? summaryText(loaded, s.engine, s) : '');
    };
    make();
    const unsubscribe = useStore.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(make, REST_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [loaded]);
  return text;
}

export function ViewSummary({ loaded }: { loaded: LoadedDataset }) {
  const text = useRestingSummary(loaded);
  const [copied, setCopied] = useState<string | null>(null);
  if (!text) return null;
  const copy = async () => {
    // the words of this moment, not of the last rest
    const s = useStore.getState();
    const now = s.engine ? summaryText(loaded, s.engine, s) : text;
    try {
      await navigator.clipboard.writeText(now);
      setCopied('Summary copied.');
    } catch {
      setCopied('Copying is not allowed here: the summary is in the page, after the graph.');
    }
  };
  return (
    <section className="view-summary" aria-label="Summary of the view">
      <div className="visually-hidden" data-testid="view-summary">
        {text.split('\n').map((line, k) => (
          <p key={k}>{line}</p>
        ))}
      </div>
      <button type="button" onClick={() => void copy()}>
        Copy summary
      </button>
      <span aria-live="polite" className="hint">
        {copied}
      </span>
    </section>
  );
}
