import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../state/store';
import { encodeLink } from '../state/urlCodec';
import { linkOf } from '../state/urlSync';
import { pickView } from '../state/viewFields';

/**
 * The hash of a link to what is shown, as the full app (embed false) or as an
 * embed shows it; re-rendered only when a field of the view changes.
 */
export function useLinkHash(embed: boolean): string {
  const view = useStore(useShallow(pickView));
  const dataUrl = useStore((s) => s.dataUrl);
  const loaded = useStore((s) => s.loaded);
  return useMemo(() => encodeLink(linkOf({ ...view, embed }, dataUrl, loaded)), [view, dataUrl, loaded, embed]);
}
