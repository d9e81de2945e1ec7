// Embed mode (`embed=1` in the hash): the graph, the legend and the timeline
// only, for an iframe in a briefing. The date can be changed and played; a
// story link (`story=…`) plays the story with Previous and Next. The page
// around the iframe keeps its scrolling: the wheel zooms only with Ctrl (or by
// the + and − buttons). A small link opens the full view.

import { useEffect, useRef } from 'react';
import type { LoadedDataset } from '../state/loaded';
import { CaptionText } from './briefing/CaptionText';
import { LinkedStoryNote } from './briefing/LinkedStoryNote';
import { StepNavigation } from './briefing/StepNavigation';
import { usePresentKeys } from './briefing/usePresentKeys';
import { useStoryStep } from './briefing/useStoryStep';
import { useFollowAnalysis } from './analysis/useFollowAnalysis';
import { ErrorBoundary } from './ErrorBoundary';
import { GraphView } from './graph/GraphView';
import { useRendererRegistry } from './graph/rendererRegistry';
import { Legend } from './Legend';
import { StatusBar } from './StatusBar';
import { Timeline } from './timeline/Timeline';
import { useFullAppHash } from './useFullAppHash';

export function EmbedView({ loaded }: { loaded: LoadedDataset }) {
  // the link follows the view
  const hash = useFullAppHash();
  const full = `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`;
  const shown = useStoryStep();
  const graph = useRef<HTMLDivElement>(null);
  const registry = useRendererRegistry();
  usePresentKeys(shown !== null, null);
  useFollowAnalysis(loaded);
  useEffect(() => {
    const el = graph.current;
    if (!el) return;
    // caught on the way down, before sigma's own listener takes the wheel for zooming
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey) e.stopPropagation();
    };
    el.addEventListener('wheel', onWheel, { capture: true });
    return () => el.removeEventListener('wheel', onWheel, { capture: true });
  }, []);
  const zoom = (inwards: boolean) => {
    const camera = registry.current?.drawing?.sigma.getCamera();
    if (camera) void (inwards ? camera.animatedZoom(1.5) : camera.animatedUnzoom(1.5));
  };
  return (
    <main className="embed">
      <h1 className="visually-hidden">{loaded.valid.dataset.meta.title}</h1>
      {shown && (
        <section className="embed-story" aria-label={`Story: ${shown.story.title}`}>
          <LinkedStoryNote />
          <h2 data-testid="step-title">{shown.step.title}</h2>
          <div className="step-caption" data-testid="step-caption">
            <CaptionText text={shown.step.caption ?? ''} />
          </div>
        </section>
      )}
      <div className="embed-graph" ref={graph}>
        {/* the legend's headings (h3) are a key to the graph: they go under this one */}
        <h2 className="visually-hidden">Graph</h2>
        <ErrorBoundary what="graph drawing" key={loaded.serial}>
          <GraphView loaded={loaded} />
        </ErrorBoundary>
        <div className="embed-zoom">
          <button type="button" onClick={() => zoom(true)} aria-label="Zoom the graph in">
            +
          </button>
          <button type="button" onClick={() => zoom(false)} aria-label="Zoom the graph out">
            −
          </button>
        </div>
        <a className="open-full" href={full} target="_blank" rel="noopener">
          Open in Faultlines
        </a>
      </div>
      {shown ? <StepNavigation shown={shown} /> : <Timeline loaded={loaded} key={loaded.serial} compact />}
      <Legend loaded={loaded} compact />
      <StatusBar loaded={loaded} />
    </main>
  );
}
