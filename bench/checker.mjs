// 查一查 benchmark: how the checker does on the development messages (its rules were tuned
// on them) and, apart, on the held-out messages (written before tuning, never tuned on):
// the share of scam messages that get a high sign, genuine messages that get one, and how
// long one check takes (median over every message, run in Node with the page's own code).
// Printed, never asserted; tests/unit/check-corpus.test.ts holds the thresholds.
import { performance } from 'node:perf_hooks';
import { check, corpus } from '../tests/unit/check-content.ts';

const RUNS = 20;

export function benchChecker() {
  const sets = {};
  for (const name of ['development', 'held-out']) {
    const messages = corpus(name);
    const scams = messages.filter((message) => message.scam);
    const genuine = messages.filter((message) => !message.scam);
    const high = (message) => check(message.text).some((sign) => sign.weight === 'high');
    const times = [];
    for (let run = 0; run < RUNS; run++) {
      for (const message of messages) {
        const started = performance.now();
        check(message.text);
        times.push(performance.now() - started);
      }
    }
    times.sort((a, b) => a - b);
    sets[name] = {
      messages: messages.length,
      scams: scams.length,
      scamsWithHigh: scams.filter(high).length,
      genuine: genuine.length,
      genuineWithHigh: genuine.filter(high).length,
      medianMs: times[Math.floor(times.length / 2)],
    };
  }
  return sets;
}

export function printChecker(sets) {
  console.log('\n查一查 on its test messages (tuned on development; held-out never tuned on)');
  console.table(
    Object.fromEntries(
      Object.entries(sets).map(([name, set]) => [
        name,
        {
          'scam messages with a high sign': `${set.scamsWithHigh}/${set.scams} (${((set.scamsWithHigh / set.scams) * 100).toFixed(1)}%)`,
          'genuine messages with a high sign': `${set.genuineWithHigh}/${set.genuine}`,
          'one check, median (ms)': set.medianMs.toFixed(2),
        },
      ]),
    ),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) printChecker(benchChecker());
