// Starting the app: open the dataset the link names (or the one a briefing file
// holds, or the bundled one), apply the view in the hash (or present the
// briefing's story), then keep the hash in step with the store. Every dataset
// opens through the loading worker (loader.ts).

import { BRIEFING_ELEMENT_ID, readBriefingPayload, type BriefingPayload } from '../io/briefingPage';
import { BUNDLED_NAME, bundledFile } from './bundled';
import { loadInWorker, loading } from './loader';
import { useStore } from './store';
import { decodeLink } from './urlCodec';
import { applyHash, startUrlSync } from './urlSync';

/** Loads a dataset from a URL (same origin, or a host that allows CORS): JSON, GEXF or a CSV zip. */
export async function openFromUrl(url: string): Promise<boolean> {
  const name = url.split('/').pop() || url;
  if (location.protocol === 'file:') {
    // browsers do not fetch from a page opened from disk (the single-file build)
    useStore.getState().failLoad({
      name,
      errors: [
        {
          path: [],
          message: `this page was opened from a file, where links cannot load data: open ${url} with "Open dataset" instead`,
        },
      ],
      errorCount: 1,
    });
    return false;
  }
  // resolved here: the worker's own base URL is a blob, against which a relative link means nothing
  return loadInWorker({ type: 'url', url: new URL(url, location.href).href }, { displayName: name, dataUrl: url });
}

/** Opens the dataset a briefing file holds (read and checked like any file). */
function openBriefing(briefing: BriefingPayload): Promise<boolean> {
  // read as the faultlines/1 JSON it is, whatever the format it was first opened from
  const file = { name: 'briefing.json', text: JSON.stringify(briefing.dataset) };
  return loadInWorker({ type: 'files', files: [file] }, { displayName: briefing.name, openName: briefing.name });
}

export function openBundled(): Promise<boolean> {
  return loadInWorker({ type: 'files', files: [bundledFile()] }, { displayName: BUNDLED_NAME, openName: BUNDLED_NAME });
}

let started = false;

export async function boot(): Promise<void> {
  if (started) return;
  started = true;
  const { data } = decodeLink(location.hash);
  // a briefing file (briefingPage.ts) holds its own dataset, and opens presenting its story
  const briefing = readBriefingPayload(document.getElementById(BRIEFING_ELEMENT_ID)?.textContent);
  const opened = data !== null ? await openFromUrl(data) : briefing !== null && (await openBriefing(briefing));
  // the bundled dataset instead, keeping the reason the link's data did not open; not when a file
  // chosen meanwhile replaced the link's load
  if (!opened && !loading()) {
    const failure = useStore.getState().failure;
    await openBundled();
    if (failure) useStore.getState().failLoad(failure);
  }
  if (briefing?.present && data === null && location.hash === '' && opened) {
    useStore.getState().present(briefing.present);
  } else applyHash(location.hash);
  startUrlSync(useStore, window, followLink);
}

/**
 * A link to other data entered in the same tab: its data, then its view (as the link said it: the
 * address has been rewritten for the new dataset by then); what was open stays if it fails.
 */
async function followLink(data: string, hash: string): Promise<void> {
  if (await openFromUrl(data)) applyHash(hash);
}
