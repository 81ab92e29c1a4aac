/**
 * Which scenarios this device has played to an ending: the only thing the simulations keep,
 * in the browser's own storage, never sent anywhere. The kiosk's idle reset clears it with
 * the rest of localStorage.
 */
export const FINISHED_KEY = 'kuaidi-simulations-finished';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** The ids stored, or none when storage is off, empty or holds something else. */
export function readFinished(store: Store): Set<string> {
  try {
    const value: unknown = JSON.parse(store.getItem(FINISHED_KEY) ?? '[]');
    return new Set(Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

export function markFinished(store: Store, id: string): void {
  const finished = readFinished(store);
  finished.add(id);
  try {
    store.setItem(FINISHED_KEY, JSON.stringify([...finished].sort()));
  } catch {
    // Storage full or refused: the list just shows no mark.
  }
}
