import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../state/store';
import { encodeLink } from '../state/urlCodec';
import { linkOf } from '../state/urlSync';
import { pickView } from '../state/viewFields';

/**
 * The hash of a link that opens what an embed shows in the full app, kept
 * current: it re-renders only when a field of the view or the story's step changes.
 */
export function useFullAppHash(): string {
  const view = useStore(useShallow(pickView));
  const dataUrl = useStore((s) => s.dataUrl);
  const loaded = useStore((s) => s.loaded);
  // a story played in the embed opens presenting, at the same step
  const presenting = useStore((s) => s.presenting);
  const stories = useStore((s) => s.stories);
  const linkedStory = useStore((s) => s.linkedStory);
  return useMemo(
    () => encodeLink(linkOf({ ...view, embed: false }, dataUrl, loaded, { presenting, stories, linkedStory })),
    [view, dataUrl, loaded, presenting, stories, linkedStory],
  );
}
