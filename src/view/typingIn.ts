// Whose key a key press is: a field's (text typed there, a select's letters), an
// open dialog's, or the page's; and whether modifiers make it a command (Ctrl+F, Alt+←) or only
// type a character, as AltGr and macOS's Option do for `[` and `]` on many
// European keyboards.

/** Inputs that take no typing: a key there (Escape, `/`, `?`) is the page's. */
const NOT_TYPED = new Set(['checkbox', 'radio', 'range', 'button', 'submit', 'reset', 'color', 'file', 'image']);

/** Whether a key press lands in a field that takes typing (text, select, editable): such keys belong to it. */
export function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  return target instanceof HTMLInputElement && !NOT_TYPED.has(target.type);
}

/** Whether a key press lands in an open dialog: its keys are the dialog's (Escape closes it), not the page's. */
export function inOpenDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('dialog[open]') !== null;
}

/**
 * Whether the modifiers held make the key a command for the browser or the system, not a character:
 * Meta always; Ctrl or Alt unless they typed a character (AltGr, reported as Ctrl+Alt, or Option).
 */
export function commandChord(e: KeyboardEvent): boolean {
  if (e.metaKey) return true;
  if (e.key.length === 1 && (e.altKey || e.getModifierState('AltGraph'))) return false;
  return e.ctrlKey || e.altKey;
}
