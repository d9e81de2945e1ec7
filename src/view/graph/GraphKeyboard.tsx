// The graph's keyboard marks and words: the SVG layer over the canvas where
// graphKeys.ts draws the ring round the actor the keyboard is on and the line
// reached, and the polite live region that says them.

import { useEffect, useRef, useState, type RefObject } from 'react';
import type { LoadedDataset } from '../../state/loaded';
import { useStore } from '../../state/store';
import { GraphKeys } from './graphKeys';
import type { RendererRegistry } from './rendererRegistry';

export function GraphKeyboard({
  loaded,
  container,
  registry,
  onFrame,
  openShortcuts,
}: {
  loaded: LoadedDataset;
  /** the graph's element: the tab stop the keys are read on */
  container: RefObject<HTMLDivElement | null>;
  registry: RendererRegistry;
  /** subscribes to the renderer's frames; returns the unsubscribe */
  onFrame: (listener: () => void) => () => void;
  openShortcuts: () => void;
}) {
  const [announcement, setAnnouncement] = useState('');
  const ring = useRef<SVGGElement>(null);
  const other = useRef<SVGGElement>(null);
  const casing = useRef<SVGLineElement>(null);
  const line = useRef<SVGLineElement>(null);
  const tag = useRef<SVGTextElement>(null);

  useEffect(() => {
    const el = container.current;
    const [r, o, c, l, t] = [ring.current, other.current, casing.current, line.current, tag.current];
    if (!el || !r || !o || !c || !l || !t) return;
    const marks = { ring: r, other: o, lines: [c, l], tag: t };
    const keys = new GraphKeys(el, marks, loaded, registry, useStore, { say: setAnnouncement, openShortcuts });
    const unframe = onFrame(() => keys.draw());
    return () => {
      unframe();
      keys.stop();
    };
  }, [loaded, container, registry, onFrame, openShortcuts]);

  return (
    <>
      <svg className="graph-keyboard-layer" aria-hidden="true">
        <line ref={casing} className="kb-line-casing" style={{ display: 'none' }} />
        <line ref={line} className="kb-line" style={{ display: 'none' }} />
        <g ref={other} className="kb-ring kb-ring-other" style={{ display: 'none' }}>
          <circle className="kb-ring-outer" />
          <circle className="kb-ring-inner" />
        </g>
        <g ref={ring} className="kb-ring" style={{ display: 'none' }} data-testid="graph-focus-ring">
          <circle className="kb-ring-outer" />
          <circle className="kb-ring-inner" />
        </g>
        <text ref={tag} className="kb-tag" textAnchor="middle" style={{ display: 'none' }} />
      </svg>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="graph-announcement">
        {announcement}
      </p>
    </>
  );
}
