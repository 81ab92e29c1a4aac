import { describe, expect, it } from 'vitest';
import { check, corpus, signs } from './check-content.ts';

/**
 * 查一查 on two sets of messages written from the fact sheet (tests/fixtures/check/): the
 * development set, which the rules were tuned on, each message with the signs it must show;
 * and the held-out set, committed before tuning and never tuned on, which says how the
 * rules do on messages nobody fitted them to. The same thresholds hold on both.
 */
const SAFE_CLAIMS = ['是安全的', '没问题', '是真的', '可以放心'];

/**
 * The goal on both sets: at least 95 % of scam messages get a high sign, no genuine one does.
 * Both sets meet it (held-out: 24 of 25 scam messages, no genuine message flagged, when the
 * rules were last changed). The held-out set is never tuned on: the way up was more
 * development messages, written blind in batches, not looking at these.
 */
const GOAL = { caught: 0.95, falseAlarms: 0 };
const THRESHOLDS = { development: GOAL, 'held-out': GOAL } as const;

function rates(name: 'development' | 'held-out') {
  const messages = corpus(name);
  const results = messages.map((message) => ({ message, found: check(message.text) }));
  const scams = results.filter(({ message }) => message.scam);
  const genuine = results.filter(({ message }) => !message.scam);
  const missed = scams.filter(({ found }) => !found.some((sign) => sign.weight === 'high'));
  const falseAlarms = genuine.filter(({ found }) => found.some((sign) => sign.weight === 'high'));
  return { messages, results, scams, genuine, missed, falseAlarms, caught: (scams.length - missed.length) / scams.length };
}

for (const name of ['development', 'held-out'] as const) {
  describe(`查一查 on the ${name} messages`, () => {
    const { messages, scams, genuine, missed, falseAlarms, caught } = rates(name);

    it('has the messages the issue asks for', () => {
      expect(new Set(messages.map((message) => message.id)).size).toBe(messages.length);
      if (name === 'development') {
        expect(messages.length).toBeGreaterThanOrEqual(60);
        expect(genuine.length).toBeGreaterThanOrEqual(25);
      } else {
        expect(messages.length).toBeGreaterThanOrEqual(30);
      }
    });

    it(`gives at least ${Math.round(THRESHOLDS[name].caught * 1000) / 10} % of scam messages a high sign (goal: ${GOAL.caught * 100} %)`, () => {
      console.log(`${name}: ${scams.length - missed.length}/${scams.length} scam messages with a high sign (${(caught * 100).toFixed(1)} %); missed: ${missed.map(({ message }) => message.id).join(', ') || 'none'}`);
      expect(caught).toBeGreaterThanOrEqual(THRESHOLDS[name].caught);
    });

    it(`gives at most ${THRESHOLDS[name].falseAlarms} genuine message(s) a high sign (goal: none)`, () => {
      console.log(`${name}: ${falseAlarms.length}/${genuine.length} genuine messages with a high sign`);
      const flagged = falseAlarms.map(({ message, found }) => `${message.id}: ${found.filter((sign) => sign.weight === 'high').map((sign) => sign.id).join(', ')}`);
      expect(flagged.length, flagged.join('\n')).toBeLessThanOrEqual(THRESHOLDS[name].falseAlarms);
    });
  });
}

describe('查一查 on the development messages, sign by sign', () => {
  const known = new Set(signs.map((sign) => sign.id));

  it('labels only signs that exist', () => {
    const unknown = corpus('development').flatMap((message) => (message.signs ?? []).filter((id) => !known.has(id)).map((id) => `${message.id}: ${id}`));
    expect(unknown).toEqual([]);
  });

  it('finds every sign each message is labelled with', () => {
    const missing = corpus('development').flatMap((message) => {
      const found = new Set(check(message.text).map((sign) => sign.id));
      return (message.signs ?? []).filter((id) => !found.has(id)).map((id) => `${message.id}: ${id}`);
    });
    expect(missing).toEqual([]);
  });
});

describe('查一查 never reassures', () => {
  it('no sign name or reason claims a message is safe', () => {
    for (const sign of signs) {
      for (const claim of SAFE_CLAIMS) {
        expect(`${sign.name}${sign.why}`, sign.id).not.toContain(claim);
      }
    }
  });
});
