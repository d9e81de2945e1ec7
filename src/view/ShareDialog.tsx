// "Share": the link to this exact view, and an iframe snippet to embed it. Escape
// closes the dialog (the browser's own cancel) and nothing else: the page's
// Escape leaves keys in an open dialog alone (FocusControls.tsx).

import { useRef, useState } from 'react';
import { useStore } from '../state/store';
import { encodeLink } from '../state/urlCodec';
import { linkOf } from '../state/urlSync';
import { pickView } from '../state/viewFields';

/** The link to what is shown, as the full app or as an embed; made when the dialog opens. */
function linkFor(embed: boolean): string {
  const s = useStore.getState();
  const hash = encodeLink(linkOf({ ...pickView(s), embed }, s.dataUrl, s.loaded));
  // href, not origin + path: a page opened from disk has the origin "null"
  return `${location.href.split('#')[0]}${hash ? `#${hash}` : ''}`;
}

function CopyField({ label, value, multiline }: { label: string; value: string; multiline?: boolean }) {
  const [copied, setCopied] = useState<string | null>(null);
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('Copied.');
    } catch {
      field.current?.select();
      setCopied('Copying is not allowed here: the text is selected, press Ctrl+C (⌘C).');
    }
  };
  return (
    <div className="copy-field">
      <label>
        {label}
        {multiline ? (
          <textarea ref={field} readOnly value={value} rows={3} onFocus={(e) => e.target.select()} />
        ) : (
          <input ref={field} readOnly value={value} onFocus={(e) => e.target.select()} />
        )}
      </label>
      <button type="button" onClick={() => void copy()}>
        Copy {label.toLowerCase()}
      </button>
      <span aria-live="polite" className="hint">
        {copied}
      </span>
    </div>
  );
}

export function ShareButton() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [links, setLinks] = useState<{ link: string; embed: string } | null>(null);
  const open = () => {
    const embedLink = linkFor(true);
    setLinks({
      link: linkFor(false),
      embed: `<iframe src="${embedLink.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" width="800" height="500" style="border:0" title="Faultlines graph"></iframe>`,
    });
    dialog.current?.showModal();
  };
  return (
    <>
      <button type="button" onClick={open}>
        Share
      </button>
      <dialog ref={dialog} className="share-dialog" aria-labelledby="share-title" onClose={() => setLinks(null)}>
        <h2 id="share-title">Share this view</h2>
        {links && (
          <>
            <CopyField label="Link" value={links.link} />
            <CopyField label="Iframe" value={links.embed} multiline />
          </>
        )}
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
      </dialog>
    </>
  );
}
