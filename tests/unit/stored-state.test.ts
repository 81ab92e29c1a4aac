import { describe, expect, it } from 'vitest';
import { readSlide } from '../../src/client/talk/sync.ts';
import { FINISHED_KEY, readFinished } from '../../src/lib/simulation/finished.ts';

/**
 * What the site keeps on the device is read back as untrusted text: another script on the
 * same origin, a storage cleaner or an older build may have written it. Each reader keeps
 * what fits and drops the rest, and never throws. (The reading settings and the quiz round
 * have their own tests: reading-settings.test.ts, quiz-logic.test.ts.)
 */
const storeWith = (value: string | null) => ({ getItem: (key: string) => (key === FINISHED_KEY ? value : null), setItem: () => {} });

describe('stored state is checked on read', () => {
  it('the finished simulations keep the ids that are text and drop the rest', () => {
    expect([...readFinished(storeWith('["a",1,null,"b"]'))]).toEqual(['a', 'b']);
    for (const raw of ['null', '{}', '"a"', '{broken', '7']) expect(readFinished(storeWith(raw)).size, raw).toBe(0);
  });

  it('a talk follows only a slide number from the other window', () => {
    expect(readSlide('{"slide":3,"at":1}')).toBe(3);
    for (const raw of [null, 'null', '3', '{"slide":"3"}', '{"slide":1.5}', '[]', '{broken']) expect(readSlide(raw), String(raw)).toBeNull();
  });
});
