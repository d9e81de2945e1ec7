// A lost WebGL context (a driver reset, too many contexts, a test): sigma cannot
// restore its programs, so the drawing goes at once (nothing is drawn into a dead
// context) and a fresh one is made when the browser restores the context, or
// after a short wait if it does not. The restored context of the old canvas,
// out of the page by then, is given back at once.

export interface ContextLossHandlers {
  /** the drawing is lost: stop drawing and let the old one go */
  lost(): void;
  /** draw afresh; a throw says it could not be done */
  redraw(): void;
  failed(message: string): void;
}

/** Watches the container's canvases; returns a function that stops watching. */
export function watchContextLoss(container: HTMLElement, wait: number, on: ContextLossHandlers): () => void {
  let timer = 0;
  let lost = false;
  const onLost = (event: Event): void => {
    event.preventDefault(); // asks the browser to restore it
    if (lost) return;
    lost = true;
    const canvas = event.target as HTMLCanvasElement;
    on.lost();
    let done = false;
    const redraw = (restored: boolean) => {
      if (done) return;
      done = true;
      window.clearTimeout(timer);
      if (restored) {
        const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
        gl?.getExtension('WEBGL_lose_context')?.loseContext();
      }
      lost = false;
      try {
        on.redraw();
      } catch (e) {
        container.replaceChildren(); // whatever the failed start left
        on.failed(e instanceof Error ? e.message : String(e));
      }
    };
    canvas.addEventListener('webglcontextrestored', () => redraw(true), { once: true });
    timer = window.setTimeout(() => redraw(false), wait);
  };
  container.addEventListener('webglcontextlost', onLost, true);
  return () => {
    container.removeEventListener('webglcontextlost', onLost, true);
    window.clearTimeout(timer);
  };
}
