// A Vite plugin for the single-file build: once the page is written, it gets a
// Content-Security-Policy of its own (only its one inline script and one inline
// style may run, by their SHA-256; no eval, no other script, no plugin), and a
// copy goes into dist/ beside the hosted app as faultlines.html, from which the
// app writes briefing files.

import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The policy, given the hashes of the inline script and style. `connect` is what fetch may reach. */
export function singleFilePolicy(scriptHash: string, styleHash: string, connect = "'self' https: http:"): string {
  return [
    "default-src 'none'",
    `script-src 'sha256-${scriptHash}'`,
    `style-src 'sha256-${styleHash}'`,
    'img-src data: blob:',
    // the loading and analysis workers are inlined: started from a blob (or a data URL where blobs are refused)
    'worker-src blob: data:',
    `connect-src ${connect}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The text of the first element `tag` opened by `open` from `from` on: what the browser hashes. */
function inlineText(html: string, open: RegExp, tag: string, from = 0): string {
  const m = open.exec(html.slice(from));
  if (!m) throw new Error(`the single-file page has no inline <${tag}>`);
  m.index += from;
  const start = m.index + m[0].length;
  const end = html.indexOf(`</${tag}>`, start);
  if (end < 0) throw new Error(`the single-file page's <${tag}> is not closed`);
  return html.slice(start, end);
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

/** The page with its policy right after its charset (both within the first 1,024 bytes, before any script). */
export function withPolicy(html: string): string {
  const script = inlineText(html, /<script type="module"[^>]*>/, 'script');
  // after the script: its text may hold "<style" (a "<style" in the head before it would be that text)
  const style = inlineText(html, /<style[^>]*>/, 'style', html.indexOf(script) + script.length);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${singleFilePolicy(sha256(script), sha256(style))}" />`;
  const charset = /<meta charset="UTF-8" \/>/i;
  if (!charset.test(html)) throw new Error('the single-file page has no <meta charset="UTF-8" />');
  return html.replace(charset, (m) => `${m}\n    ${meta}`);
}

export function strictSingleFile(outDir: string, hostedDir: string): Plugin {
  return {
    name: 'faultlines-strict-single-file',
    apply: 'build',
    closeBundle() {
      const page = join(outDir, 'index.html');
      writeFileSync(page, withPolicy(readFileSync(page, 'utf8')));
      if (existsSync(hostedDir)) copyFileSync(page, join(hostedDir, 'faultlines.html'));
    },
  };
}
