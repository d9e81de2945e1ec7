// A title being edited: the field shows what is typed, the story keeps the last
// non-empty text (a title may not be empty, and the story is kept at every key),
// and a field left empty shows the kept title again.

import { useState } from 'react';

export function useEditedText(kept: string, keep: (text: string) => void) {
  const [text, setText] = useState(kept);
  const [seen, setSeen] = useState(kept);
  // a change from elsewhere (another step moved into this place) shows: adjusted while rendering
  if (kept !== seen) {
    setSeen(kept);
    setText(kept);
  }
  return {
    value: text,
    onChange: (e: { target: { value: string } }) => {
      setText(e.target.value);
      if (e.target.value.trim() !== '') keep(e.target.value);
    },
    onBlur: () => setText(kept),
  };
}
