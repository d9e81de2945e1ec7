// Shared by the browser benchmarks: Debian's Chromium with the project's flags,
// and the built app served by vite preview on a free port.
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium-flags';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * The same Chromium, stopped by killing its processes: close() waits until the GPU process has done
 * what is queued, and with software WebGL a large graph's frames take it tens of seconds after the
 * page's draw calls returned.
 */
export async function launchKillableChromium(): Promise<{ browser: Browser; kill: () => Promise<void> }> {
  const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const browser = await chromium.connect(server.wsEndpoint());
  return { browser, kill: () => server.kill() };
}

/**
 * Serves a build folder, dist/ unless told (run `npm run build` first); returns its URL
 * and a way to stop it. Another folder lets a benchmark measure an older build.
 */
export async function serveDist(outDir = 'dist'): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'silent',
  });
  const address = server.httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
