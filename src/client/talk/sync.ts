/**
 * Keeps two windows of one talk on the same slide (the audience's and the presenter's),
 * with no server and offline: a BroadcastChannel where the browser has one, otherwise
 * the `storage` event of a localStorage key (only the slide number is written).
 */
export interface DeckSync {
  send(index: number): void;
}

/** The slide number in a stored sync value, or null for anything else (another tool may write the key, or a cleaner blank it). */
export function readSlide(stored: string | null): number | null {
  try {
    const value: unknown = stored === null ? null : JSON.parse(stored);
    const slide = typeof value === 'object' && value !== null ? (value as { slide?: unknown }).slide : undefined;
    return typeof slide === 'number' && Number.isInteger(slide) ? slide : null;
  } catch {
    return null;
  }
}

export function openDeckSync(talk: string, onSlide: (index: number) => void): DeckSync {
  const name = `talk-sync:${talk}`;
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(name);
    channel.addEventListener('message', (event: MessageEvent<{ slide?: unknown }>) => {
      const slide = event.data?.slide;
      if (typeof slide === 'number' && Number.isInteger(slide)) onSlide(slide);
    });
    return { send: (index) => channel.postMessage({ slide: index }) };
  }
  window.addEventListener('storage', (event) => {
    if (event.key !== name) return;
    const slide = readSlide(event.newValue);
    if (slide !== null) onSlide(slide);
  });
  return {
    send: (index) => {
      try {
        // A changing value, so the same slide sent twice still fires the event.
        localStorage.setItem(name, JSON.stringify({ slide: index, at: Date.now() }));
      } catch {
        // Storage is off: each window turns its own pages.
      }
    },
  };
}
