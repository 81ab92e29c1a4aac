import { describe, expect, it } from 'vitest';
import { FINISHED_KEY, markFinished, readFinished } from '../../src/lib/simulation/finished.ts';

function memoryStore(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value), data };
}

describe('finished scenarios', () => {
  it('remembers each scenario once, sorted', () => {
    const store = memoryStore();
    markFinished(store, 'refund-sms');
    markFinished(store, 'lost-parcel');
    markFinished(store, 'refund-sms');
    expect(store.data.get(FINISHED_KEY)).toBe('["lost-parcel","refund-sms"]');
    expect([...readFinished(store)]).toEqual(['lost-parcel', 'refund-sms']);
  });

  it('reads nothing from empty, broken or foreign values', () => {
    expect(readFinished(memoryStore()).size).toBe(0);
    expect(readFinished(memoryStore({ [FINISHED_KEY]: '{not json' })).size).toBe(0);
    expect(readFinished(memoryStore({ [FINISHED_KEY]: '{"a":1}' })).size).toBe(0);
    expect([...readFinished(memoryStore({ [FINISHED_KEY]: '["a",2,null]' }))]).toEqual(['a']);
  });

  it('keeps going when storage refuses to write', () => {
    const store = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(() => markFinished(store, 'a')).not.toThrow();
  });
});
