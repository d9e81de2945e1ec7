// "Keyboard shortcuts": a modal dialog listing the keys, opened with ? (or its
// button on the graph). The keyboard stays in it (Tab and Shift+Tab wrap),
// Escape closes it and nothing else, and the keyboard returns where it was.
// Also the page's two single-key shortcuts, / (to Search actors) and ?, which
// a checkbox here turns off (WCAG 2.1.4: a screen reader's or speech user's
// keys must not set them off unasked); ? in the graph works either way.

import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { commandChord, typingIn } from './typingIn';

const STORAGE_KEY = 'faultlines-single-key-shortcuts';

function readSingleKeys(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) !== 'off';
  } catch {
    return true;
  }
}

const FOCUSABLE = 'button, [href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

interface Row {
  keys: string[];
  does: string;
}

const SECTIONS: { title: string; note?: string; rows: Row[] }[] = [
  {
    title: 'In the graph',
    note: 'The graph is one stop of Tab (or "Skip to the graph").',
    rows: [
      {
        keys: ['←', '↑', '→', '↓'],
        does: 'Move to the nearest actor shown in that direction (first: the selected actor, or the one in the middle)',
      },
      { keys: [']', '['], does: "Step through that actor's lines, next and previous, in the order of the details" },
      { keys: ['Space'], does: 'Go on to the actor at the other end of the line reached' },
      {
        keys: ['Enter'],
        does: 'Select the actor, or open the line reached: the details show its relations and evidence',
      },
      { keys: ['Escape'], does: 'Let go of the line reached' },
    ],
  },
  {
    title: 'In the details',
    note: 'Selecting with a key takes the keyboard to the heading of the details.',
    rows: [
      { keys: ['Tab'], does: 'To the relations: one stop for all of them' },
      { keys: ['↑', '↓', 'Home', 'End'], does: 'Between relations, or between evidence items' },
      { keys: ['→', 'Enter'], does: "Into the relation's evidence" },
      { keys: ['←', 'Escape'], does: 'Back to the relation' },
    ],
  },
  {
    title: 'In the table',
    rows: [
      { keys: ['↑', '↓', 'Page Up', 'Page Down', 'Home', 'End'], does: 'Between rows' },
      { keys: ['Enter'], does: "Select the row's line" },
    ],
  },
  {
    title: 'Anywhere',
    rows: [
      { keys: ['/'], does: 'Go to Search actors' },
      { keys: ['?'], does: 'This list' },
      {
        keys: ['Escape'],
        does: 'Close the innermost thing (this list, a menu, a dialog, a draft date); then end Focus; then clear the selection',
      },
      {
        keys: ['→', '←', 'Page Down', 'Page Up', 'Home', 'End'],
        does: 'Presenting a story: next and previous step, first and last; Escape leaves',
      },
    ],
  },
];

export function KeyboardShortcuts({
  open,
  onOpen,
  onClose,
}: {
  open: boolean;
  onOpen: () => void;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const [singleKeys, setSingleKeys] = useState(readSingleKeys);
  const id = useId();

  useLayoutEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      d.showModal();
      d.querySelector<HTMLElement>('h2')?.focus();
    } else if (!open && d.open) d.close();
  }, [open]);

  const closed = useCallback(() => {
    onClose();
    returnTo.current?.focus();
    returnTo.current = null;
  }, [onClose]);

  // / and ?, outside fields, while no dialog is open and they are not turned off
  useEffect(() => {
    if (!singleKeys) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.defaultPrevented || commandChord(e) || typingIn(e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      if (e.key === '?') {
        e.preventDefault();
        onOpen();
      } else if (e.key === '/') {
        const search = document.querySelector<HTMLInputElement>('input[role="combobox"][aria-label="Search actors"]');
        if (!search) return;
        e.preventDefault();
        search.focus();
        search.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [singleKeys, onOpen]);

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    const d = dialog.current;
    if (!d) return;
    // Escape is the browser's own cancel, which closes this dialog only (the page's Escape leaves keys in an
    // open dialog alone, FocusControls.tsx): Focus and the selection stay
    if (e.key === 'Tab') {
      const items = [...d.querySelectorAll<HTMLElement>(FOCUSABLE)];
      const first = items[0];
      const last = items[items.length - 1];
      const at = document.activeElement;
      if (e.shiftKey && (at === first || !d.contains(at) || at === d.querySelector('h2'))) {
        e.preventDefault();
        last?.focus();
      } else if (!e.shiftKey && at === last) {
        e.preventDefault();
        first?.focus();
      }
    }
  };

  const setSingle = (on: boolean) => {
    setSingleKeys(on);
    try {
      localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
    } catch {
      // kept for this page only
    }
  };

  return (
    <dialog
      ref={dialog}
      className="shortcuts-dialog"
      aria-labelledby={`${id}-title`}
      onClose={closed}
      onKeyDown={onKeyDown}
    >
      <h2 id={`${id}-title`} tabIndex={-1}>
        Keyboard shortcuts
      </h2>
      {open &&
        SECTIONS.map((section, k) => (
          <section key={section.title} aria-labelledby={`${id}-${k}`}>
            <h3 id={`${id}-${k}`}>{section.title}</h3>
            {section.note && <p className="hint">{section.note}</p>}
            <dl className="shortcut-list">
              {section.rows.map((row) => (
                <div key={row.keys.join(' ')}>
                  <dt>
                    {row.keys.map((k, i) => (
                      <span key={k}>
                        {i > 0 && ' '}
                        <kbd>{k}</kbd>
                      </span>
                    ))}
                  </dt>
                  <dd>{row.does}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      <label className="shortcuts-single">
        <input type="checkbox" checked={singleKeys} onChange={(e) => setSingle(e.target.checked)} /> / and ? work
        anywhere on the page, outside fields (off: ? only in the graph)
      </label>
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
