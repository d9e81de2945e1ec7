// Where the live renderer is found: GraphView registers the one it owns; the
// export menu (through React context), the browser tests and the benchmarks
// (through the page's debug handle) all ask here.

import { createContext, useContext } from 'react';
import type { GraphRenderer } from './renderer';

export class RendererRegistry {
  current: GraphRenderer | null = null;
  /** frames drawn since the page loaded, by every renderer */
  frames = 0;
  /** performance.now() of the first frame drawn since the page loaded */
  firstFrameAt: number | null = null;

  register(renderer: GraphRenderer): void {
    this.current = renderer;
  }

  unregister(renderer: GraphRenderer | null): void {
    if (renderer && this.current === renderer) this.current = null;
  }

  countFrame(): void {
    this.frames++;
    this.firstFrameAt ??= performance.now();
  }
}

export const RendererContext = createContext<RendererRegistry | null>(null);

export function useRendererRegistry(): RendererRegistry {
  const registry = useContext(RendererContext);
  if (!registry) throw new Error('no RendererContext above this component');
  return registry;
}
