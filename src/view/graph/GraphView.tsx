// The graph pane: one renderer per dataset (renderer.ts), fed by the store
// (bindRenderer.ts) and registered where exports and tests find it. It says in
// words when the drawing was lost and could not be made again. The pane is one
// tab stop: GraphKeyboard.tsx moves through it by keys, and "Keyboard shortcuts"
// (? or its button) lists them.

import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { LoadedDataset } from '../../state/loaded';
import { useStore } from '../../state/store';
import { BACKGROUND } from '../palette';
import { analysisOverlay } from './analysisOverlay';
import { bindRenderer } from './bindRenderer';
import { KeyboardShortcuts } from '../KeyboardShortcuts';
import '../styles/keyboard.css';
import { GraphCaption } from './GraphCaption';
import { GraphKeyboard } from './GraphKeyboard';
import { GraphRenderer, type RendererStatus } from './renderer';
import { useRendererRegistry } from './rendererRegistry';

export function GraphView({ loaded }: { loaded: LoadedDataset }) {
  const container = useRef<HTMLDivElement>(null);
  const registry = useRendererRegistry();
  const [status, setStatus] = useState<RendererStatus>({ kind: 'drawn' });
  const [keysOpen, setKeysOpen] = useState(false);
  // what follows the renderer frame by frame (the keyboard's ring)
  const frameListeners = useRef(new Set<() => void>());
  const onFrame = useCallback((listener: () => void) => {
    const set = frameListeners.current;
    set.add(listener);
    return () => void set.delete(listener);
  }, []);
  const openKeys = useCallback(() => setKeysOpen(true), []);
  const closeKeys = useCallback(() => setKeysOpen(false), []);
  const hintId = `graph-keys-${loaded.serial}`;

  // Made in the commit, before the page paints: WebGL contexts asked for after the new page's first
  // paint wait for the GPU process to rasterise it (with software WebGL, about 0.35 s at every open).
  useLayoutEffect(() => {
    let renderer: GraphRenderer | null = null;
    let unbind = () => {};
    const el = container.current;
    const s = useStore.getState();
    // a throw (no WebGL) reaches the error boundary above, which says so; the rest of the page works
    if (el && s.engine) {
      renderer = new GraphRenderer(
        el,
        loaded,
        {
          engine: s.engine,
          selection: s.selection,
          overlay: analysisOverlay(s, loaded),
          camera: s.cameraRequest?.camera ?? null,
          appColours: s.appColours,
        },
        {
          select: (selection) => useStore.getState().select(selection),
          cameraRest: (camera) => useStore.getState().setCamera(camera),
          status: setStatus,
          frame: () => {
            registry.countFrame();
            for (const listener of frameListeners.current) listener();
          },
        },
      );
      unbind = bindRenderer(renderer, useStore);
      registry.register(renderer);
    }
    return () => {
      unbind();
      registry.unregister(renderer);
      // now, before the next dataset's drawing is made: freeing contexts later waits for the GPU
      // process to finish that drawing's first frame (2.7 s at 200,000 relations in software)
      renderer?.kill();
    };
  }, [loaded, registry]);

  return (
    <div className="graph-pane">
      <div
        ref={container}
        className="graph-canvas"
        style={{ background: BACKGROUND }}
        // application, not img: a screen reader in browse mode would keep the arrow keys on an img; here
        // it gives them to the graph, which moves between actors and says where it is
        role="application"
        aria-roledescription="graph"
        tabIndex={0}
        aria-label={`Graph of ${loaded.valid.dataset.meta.title}: use the Table button for the same relations as a table`}
        aria-describedby={hintId}
        aria-keyshortcuts="ArrowUp ArrowDown ArrowLeft ArrowRight ] [ Enter Escape ?"
      />
      <p id={hintId} className="visually-hidden">
        Arrow keys move between actors, ] and [ step through the lines of the actor reached, Enter selects; ? lists the
        keys.
      </p>
      <GraphKeyboard
        key={loaded.serial}
        loaded={loaded}
        container={container}
        registry={registry}
        onFrame={onFrame}
        openShortcuts={openKeys}
      />
      <GraphCaption loaded={loaded} />
      <div className="graph-tools">
        <button type="button" onClick={() => registry.current?.fit()} title="Fit what is shown to the pane">
          Fit to view
        </button>
        <button
          type="button"
          onClick={openKeys}
          aria-label="Keyboard shortcuts"
          aria-keyshortcuts="?"
          title="Keyboard shortcuts (?)"
        >
          ?
        </button>
      </div>
      <KeyboardShortcuts open={keysOpen} onOpen={openKeys} onClose={closeKeys} />
      {status.kind === 'lost' && (
        <p className="graph-notice" aria-live="polite">
          The graphics card dropped the drawing; drawing it again…
        </p>
      )}
      {status.kind === 'failed' && (
        <p className="graph-notice" role="alert">
          The graph could not be drawn again after the graphics card dropped it ({status.message}). Reload the page to
          try again; search, the Details panel and the Table still work.
        </p>
      )}
    </div>
  );
}
