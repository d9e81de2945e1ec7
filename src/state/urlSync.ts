// Keeps the URL hash and the store in step: the hash mirrors the view, and
// opening a link (or going back and forward) restores it. Discrete changes push
// a history entry; continuous ones (a moving date, the camera) replace it
// (viewFields.ts says which is which). Replacing is coalesced: Chromium takes
// about 6 ms per replaceState, a third of a frame at every slider step, so a
// run of continuous changes writes its last state once it rests, and at once
// before anything is pushed or the page is left.

import type { StoreApi } from 'zustand';
import type { LoadedDataset } from './loaded';
import { useStore, type Store } from './store';
import { viewPatch } from './slices/frameSlice';
import { storyById } from './slices/storiesSlice';
import { decodeLink, encodeLink, linkable, type Link, type StoryAt } from './urlCodec';
import { factsOf } from './dataFacts';
import { pickView, VIEW_KEYS, type View } from './viewFields';
import { historyStep } from './viewRules';

/** The link to a view of the open dataset (and to the story presented, if any: `stories` is the store's). */
export function linkOf(
  view: View,
  dataUrl: string | null,
  loaded: LoadedDataset | null,
  stories?: Pick<Store, 'presenting' | 'stories' | 'linkedStory'>,
): Link {
  const link: Link = { data: dataUrl, fingerprint: loaded?.fingerprint ?? null, view: linkable(view) };
  const at = stories?.presenting;
  const story = at && storyById(stories, at.id);
  if (!at || !story) return link;
  // the story goes with the link where the dataset does not hold it as it is
  const own = loaded?.valid.dataset.stories?.find((x) => x.id === story.id);
  const carried = own && JSON.stringify(own) === JSON.stringify(story) ? null : story;
  return { ...link, story: at, carried };
}

/** The link to what the store shows. */
export function linkOfStore(s: Store): Link {
  return linkOf(pickView(s), s.dataUrl, s.loaded, s);
}

/** Applies a hash to the store, once the dataset it names is open: a story's step, or a view. */
export function applyHash(hash: string, store: StoreApi<Store> = useStore): void {
  const s = store.getState();
  if (!s.loaded) return;
  const { view, notices, story: at, carried } = decodeLink(hash, factsOf(s.loaded));
  if (at) {
    // without the story in the link, the link means the dataset's own, not a draft of this browser
    const story = carried ?? s.loaded.valid.dataset.stories?.find((x) => x.id === at.id);
    if (story && story.steps.length > 0) {
      const draft = s.stories.find((x) => x.id === story.id);
      const linked = draft && JSON.stringify(draft) === JSON.stringify(story) ? null : story;
      s.present(story.id, at.step, { linked, notices, embed: view.embed });
      return;
    }
    const name = at.id.length > 40 ? `${at.id.slice(0, 40)}…` : at.id;
    notices.push(`ignored the story "${name}": ${story ? 'it has no steps' : 'this dataset has no such story'}`);
  }
  store.setState(viewPatch(s, view, notices, false, { presenting: null, linkedStory: null }));
}

/** The parts of a window the sync uses (a test gives its own). */
export interface HistoryHost {
  readonly location: { readonly pathname: string; readonly search: string; readonly hash: string };
  readonly history: {
    pushState(data: unknown, unused: string, url: string): void;
    replaceState(...a: [unknown, string, string]): void;
  };
  addEventListener(type: 'popstate' | 'pagehide', listener: () => void): void;
  removeEventListener(type: 'popstate' | 'pagehide', listener: () => void): void;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

function sameStory(a: StoryAt | null | undefined, b: StoryAt | null | undefined): boolean {
  return (a?.id ?? null) === (b?.id ?? null) && (a?.step ?? null) === (b?.step ?? null);
}

/** How long continuous changes rest before their hash is written (ms). */
export const REPLACE_REST_MS = 250;

/** True when no field of the view, nor the dataset or the story presented, changed (identity only: cheap). */
function sameInputs(a: Store, b: Store): boolean {
  return (
    a.loaded === b.loaded &&
    a.dataUrl === b.dataUrl &&
    a.presenting === b.presenting &&
    a.linkedStory === b.linkedStory &&
    (a.presenting === null || a.stories === b.stories) &&
    VIEW_KEYS.every((k) => a[k] === b[k])
  );
}

/** Mirrors the store in the hash from now on; returns a function that stops it (writing what is pending). */
export function startUrlSync(
  store: StoreApi<Store> = useStore,
  host: HistoryHost = window,
  /** a link entered in the same tab names other data: open it, then apply the link's view */
  follow: (data: string, hash: string) => Promise<void> = async () => {},
): () => void {
  const urlOf = (hash: string) => `${host.location.pathname}${host.location.search}${hash ? `#${hash}` : ''}`;
  let seen = store.getState();
  // compared in normal form, so a link written differently is not rewritten on opening
  let lastView = linkOfStore(seen).view;
  let lastHash = encodeLink(linkOfStore(seen));
  let lastStory = seen.presenting;
  let restoring = false;
  /** the URL a run of continuous changes ends at, not yet written */
  let pending: string | null = null;
  let timer = 0;
  const flush = () => {
    host.clearTimeout(timer);
    if (pending !== null) host.history.replaceState(null, '', pending);
    pending = null;
  };
  const unsubscribe = store.subscribe((s) => {
    if (!s.loaded || restoring || sameInputs(s, seen)) return;
    seen = s;
    const link = linkOfStore(s);
    const hash = encodeLink(link);
    if (hash === lastHash) return;
    // a new dataset (data, fingerprint) is a discrete change too, and so is a story's step
    const storyMoved = !sameStory(link.story, lastStory);
    const how = (!storyMoved && historyStep(lastView, link.view, s.playing)) || 'push';
    const url = urlOf(hash);
    if (how === 'replace') {
      pending = url;
      host.clearTimeout(timer);
      timer = host.setTimeout(flush, REPLACE_REST_MS);
    } else {
      // the entry left behind keeps where the continuous changes ended
      flush();
      host.history.pushState(null, '', url);
    }
    lastHash = hash;
    lastView = link.view;
    lastStory = link.story ?? null;
  });
  // back and forward: restore the view the entry holds, without writing history
  /** takes what the store shows now as written (after Back, or after following a link) */
  const rebase = () => {
    seen = store.getState();
    lastView = linkOfStore(seen).view;
    lastHash = encodeLink(linkOfStore(seen));
    lastStory = seen.presenting;
  };
  const onPop = () => {
    // what was pending belonged to the entry just left
    host.clearTimeout(timer);
    pending = null;
    const hash = host.location.hash;
    const { data } = decodeLink(hash);
    if (data !== null && data !== store.getState().dataUrl) {
      // the entry is the link's own: nothing is written while it opens, then it holds what opened
      // (the link's view, or what stayed open if the data failed), in place
      restoring = true;
      void follow(data, hash).finally(() => {
        restoring = false;
        rebase();
        host.history.replaceState(null, '', urlOf(lastHash));
      });
      return;
    }
    restoring = true;
    try {
      applyHash(hash, store);
    } finally {
      restoring = false;
    }
    rebase();
  };
  host.addEventListener('popstate', onPop);
  // a reload or a closed tab keeps the last view
  host.addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    flush();
    host.removeEventListener('popstate', onPop);
    host.removeEventListener('pagehide', flush);
  };
}
