// "Search actors": an ARIA 1.2 combobox with a list of matches. Arrow keys move
// through the list, Enter chooses, Escape closes; choosing selects the actor and
// moves the camera to it.

import { useId, useMemo, useState } from 'react';
import { searchActors } from '../model/search';
import type { Actor } from '../model/types';
import { useStore } from '../state/store';

export function SearchBox({ actors }: { actors: readonly Actor[] }) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const select = useStore((s) => s.select);
  const listId = useId();
  const matches = useMemo(() => searchActors(actors, query, 12), [actors, query]);
  const expanded = open && query.trim() !== '';

  const choose = (actor: Actor) => {
    select({ kind: 'actor', id: actor.id }, { reveal: true });
    setQuery(actor.short ?? actor.label);
    setOpen(false);
  };

  return (
    <div className="search">
      <input
        type="text"
        role="combobox"
        aria-label="Search actors"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && matches[active] ? `${listId}-${active}` : undefined}
        placeholder="Search actors"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((i) => Math.min(i + 1, matches.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === 'Enter') {
            const m = matches[active];
            if (expanded && m) {
              e.preventDefault();
              choose(m.actor);
            }
          } else if (e.key === 'Escape') {
            if (expanded) {
              e.stopPropagation();
              setOpen(false);
            } else setQuery('');
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label="Matching actors" hidden={!expanded} className="search-results">
        {expanded && matches.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="no-match">
            No actor matches “{query}”
          </li>
        )}
        {matches.map((m, i) => (
          <li
            key={m.actor.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            // keep focus in the input: a click would otherwise blur and close the list first
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(m.actor)}
          >
            <span className="match-name">{m.actor.label}</span>
            {m.actor.short && m.actor.short !== m.actor.label && (
              <span className="match-short"> ({m.actor.short})</span>
            )}
            {m.matched && m.matched !== m.actor.short && <span className="match-alias"> also “{m.matched}”</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
