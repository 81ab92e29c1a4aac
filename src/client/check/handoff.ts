/**
 * A long message typed into search is offered "查一查这段话". The text must reach /check/
 * without going into the URL (it would sit in history, logs and screenshots) or into storage.
 * So it travels in the history entry's state: search pushes /check/ with the text as state
 * and reloads, /check/ reads it once and clears it. It never leaves the tab.
 */
const KEY = 'checkText';

export function handTextToCheck(text: string, checkPath: string): void {
  history.pushState({ [KEY]: text }, '', checkPath);
  location.reload();
}

export function takeHandedText(): string | undefined {
  const state: unknown = history.state;
  if (!state || typeof state !== 'object' || !(KEY in state)) return undefined;
  const text = (state as Record<string, unknown>)[KEY];
  history.replaceState(null, '');
  return typeof text === 'string' ? text : undefined;
}
