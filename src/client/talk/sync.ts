/**
 * Keeps two windows of one talk on the same slide (the audience's and the presenter's),
 * with no server and offline: a BroadcastChannel where the browser has one, otherwise
 * the `storage` event of a localStorage key (only the slide number is written).
 */
export interface DeckSync {
  send(index: number): void;
}

export function openDeckSync(talk: string, onSlide: (index: number) => void): DeckSync {
  const name = `talk-sync:${talk}`;
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(name);
    channel.addEventListener('message', (event: MessageEvent<{ slide?: unknown }>) => {
      if (typeof event.data?.slide === 'number') onSlide(event.data.slide);
    });
    return { send: (index) => channel.postMessage({ slide: index }) };
  }
  window.addEventListener('storage', (event) => {
    if (event.key !== name || event.newValue === null) return;
    const slide = Number(JSON.parse(event.newValue).slide);
    if (Number.isInteger(slide)) onSlide(slide);
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
