// The graph pane: one renderer per dataset (renderer.ts), fed by the store
// (bindRenderer.ts) and registered where exports and tests find it. It says in
// words when the drawing was lost and could not be made again.

import { useEffect, useRef, useState } from 'react';
import type { LoadedDataset } from '../../state/loaded';
import { useStore } from '../../state/store';
import { BACKGROUND } from '../palette';
import { analysisOverlay } from './analysisOverlay';
import { bindRenderer } from './bindRenderer';
import { GraphCaption } from './GraphCaption';
import { GraphRenderer, type RendererStatus } from './renderer';
import { useRendererRegistry } from './rendererRegistry';

export function GraphView({ loaded }: { loaded: LoadedDataset }) {
  const container = useRef<HTMLDivElement>(null);
  const registry = useRendererRegistry();
  const [status, setStatus] = useState<RendererStatus>({ kind: 'drawn' });
  const [failure, setFailure] = useState<Error | null>(null);
  if (failure) throw failure;

  // Made in a task of its own: building a large graph for sigma takes seconds, and
  // should not lengthen the task that opened the dataset.
  useEffect(() => {
    let renderer: GraphRenderer | null = null;
    let unbind = () => {};
    const timer = window.setTimeout(() => {
      const el = container.current;
      const s = useStore.getState();
      if (!el || !s.engine) return;
      try {
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
            frame: () => registry.countFrame(),
          },
        );
      } catch (e) {
        // thrown in a timer, where error boundaries do not look: hand it to the render
        setFailure(e instanceof Error ? e : new Error(String(e)));
        return;
      }
      unbind = bindRenderer(renderer, useStore);
      registry.register(renderer);
    }, 0);
    return () => {
      window.clearTimeout(timer);
      unbind();
      registry.unregister(renderer);
      renderer?.kill();
    };
  }, [loaded, registry]);

  return (
    <div className="graph-pane">
      <div
        ref={container}
        className="graph-canvas"
        style={{ background: BACKGROUND }}
        role="img"
        aria-label={`Graph of ${loaded.valid.dataset.meta.title}: use the Table button for the same relations as a table`}
      />
      <GraphCaption loaded={loaded} />
      <div className="graph-tools">
        <button type="button" onClick={() => registry.current?.fit()} title="Fit what is shown to the pane">
          Fit to view
        </button>
      </div>
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
