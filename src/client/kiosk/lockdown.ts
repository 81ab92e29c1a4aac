/**
 * The browser shortcuts that reach a kiosk page and would lead a visitor out of it: print,
 * save, open a file, find, and going back into the last visitor's pages. The browser itself
 * is locked down by its managed policy (deploy/kiosk/chromium-policy.json), which also
 * covers the shortcuts a page never sees (new window, devtools); this is the layer a page
 * can add. Typing in a field keeps Backspace.
 */
const CTRL_KEYS = new Set(['p', 's', 'o', 'f', 'g', 'u', 'h', 'j']);
const BLOCKED_KEYS = new Set(['F3', 'F6', 'F7', 'F12', 'BrowserBack', 'BrowserForward', 'BrowserSearch']);

export function isKioskEscape(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>, typing: boolean): boolean {
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if ((event.ctrlKey || event.metaKey) && (CTRL_KEYS.has(key) || (event.shiftKey && (key === 'i' || key === 'j' || key === 'c')))) return true;
  if (event.altKey && (key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home')) return true;
  if (key === 'Backspace' && !typing) return true;
  return BLOCKED_KEYS.has(key);
}

window.addEventListener(
  'keydown',
  (event) => {
    const target = event.target as HTMLElement | null;
    const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (isKioskEscape(event, typing)) event.preventDefault();
  },
  { capture: true },
);
// The mouse's back and forward buttons.
window.addEventListener('mouseup', (event) => {
  if (event.button === 3 || event.button === 4) event.preventDefault();
});
