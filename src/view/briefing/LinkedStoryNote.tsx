// Said above a story that came with a link rather than with the dataset: its
// words are the sender's, not the dataset publisher's.

import { useStore } from '../../state/store';

export function LinkedStoryNote() {
  const linked = useStore((s) => s.linkedStory !== null && s.presenting?.id === s.linkedStory.id);
  if (!linked) return null;
  return (
    <p className="linked-story-note" data-testid="linked-story-note">
      This story came with the link, not with the dataset: its words are the sender&rsquo;s.
    </p>
  );
}
