import { describe, expect, it } from 'vitest';
import { checkWaybill, maskWaybill, printed } from '../../src/lib/waybill.ts';
import { LABELS } from '../fixtures/waybill/labels.ts';

// The table's verdicts come from the standard's words, not from the code: the checker must
// give each of them, and the masker must turn each label into one the checker passes clean.
describe('the label checker gives each hand-judged label its verdict', () => {
  it('has at least 40 labels', () => expect(LABELS.length).toBeGreaterThanOrEqual(40));

  it.each(LABELS.map((label) => [label.why, label] as const))('%s', (_why, label) => {
    const verdict = checkWaybill(label);
    expect({ name: verdict.name.status, phone: verdict.phone.status, address: verdict.address.status }).toEqual(label.expect);
    expect(verdict.compliant).toBe(Object.values(label.expect).every((status) => status !== 'fail'));
  });
});

describe('the masker and the checker agree on every hand-judged label', () => {
  it.each(LABELS.map((label) => [label.why, label] as const))('%s', (_why, label) => {
    const verdict = checkWaybill(printed(maskWaybill(label)));
    expect([verdict.compliant, verdict.warnings]).toEqual([true, false]);
  });

  it.each(LABELS.filter((label) => label.expect.address !== 'ok').map((label) => [label.address] as const))(
    'hides what the checker flags in %s',
    (address) => {
      expect(maskWaybill({ name: '', phone: '', address }).address.hiddenCount).toBeGreaterThan(0);
    },
  );
});
