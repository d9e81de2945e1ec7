import { useEffect, useRef } from 'react';
import { useStore } from '../state/store';
import { inOpenDialog, typingIn } from './typingIn';

/** "Focus": only the selected actor's neighbourhood, 1 or 2 hops; Escape returns to the whole graph. */
export function FocusControls() {
  const selection = useStore((s) => s.selection);
  const focusHops = useStore((s) => s.focusHops);
  const setFocus = useStore((s) => s.setFocus);
  const canFocus = selection?.kind === 'actor';
  const focusButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // a field's Escape is the field's (clearing a search, undoing a typed date), a dialog's closes the
      // dialog: never the page's
      if (e.key !== 'Escape' || e.defaultPrevented || typingIn(e.target) || inOpenDialog(e.target)) return;
      const s = useStore.getState();
      if (s.focusHops > 0) s.setFocus(0);
      else if (s.selection) s.select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="focus-controls" role="group" aria-label="Neighbourhood">
      <button
        ref={focusButton}
        type="button"
        aria-pressed={focusHops > 0}
        disabled={!canFocus}
        title={canFocus ? 'Show only the neighbourhood of the selected actor' : 'Select an actor first'}
        onClick={() => setFocus(focusHops > 0 ? 0 : 1)}
      >
        Focus
      </button>
      <label>
        <span className="visually-hidden">Hops</span>
        <select
          aria-label="Hops"
          value={focusHops === 2 ? 2 : 1}
          disabled={!canFocus}
          onChange={(e) => setFocus(Number(e.target.value) as 1 | 2)}
        >
          <option value={1}>1 hop</option>
          <option value={2}>2 hops</option>
        </select>
      </label>
      {focusHops > 0 && (
        <button
          type="button"
          onClick={() => {
            setFocus(0);
            // this button goes away with the focus: keep the keyboard on the Focus button
            focusButton.current?.focus();
          }}
        >
          Show all
        </button>
      )}
    </div>
  );
}
