// Time from navigation to the first drawn frame of the bundled dataset in
// headless Chromium (software WebGL), median of 5 fresh pages; and the gzipped
// size of the JavaScript the page loads first. Run: npm run bench:first-frame
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { gzipSync } from 'node:zlib';
import { launchChromium, median, serveDist } from './chromium';

const html = readFileSync('dist/index.html', 'utf8');
const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
const initialBytes = scripts.map((src) => gzipSync(readFileSync(`dist/${src.replace(/^\.\//, '')}`)).length);

const server = await serveDist();
const browser = await launchChromium();
const times: number[] = [];
try {
  for (let run = 0; run < 5; run++) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    const at = await page.waitForFunction(
      () => (window as unknown as { faultlinesDebug: { firstFrameAt: number | null } }).faultlinesDebug.firstFrameAt,
      undefined,
      { timeout: 30_000 },
    );
    times.push((await at.jsonValue()) as number);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`cpu: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores)`);
console.log(
  `first frame of the bundled dataset after navigation: median ${median(times).toFixed(0)} ms of 5 (${times.map((t) => t.toFixed(0)).join(', ')})`,
);
console.log(
  `initial JavaScript: ${scripts.length} file(s), ${(initialBytes.reduce((a, b) => a + b, 0) / 1024).toFixed(1)} KiB gzipped`,
);
