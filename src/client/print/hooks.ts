import { defineHooks } from '../hooks.ts';

/**
 * The printables' contract (components/print/ and ./fit.ts): a box whose type grows to fill
 * it. Its value names a group of identical boxes (the wallet cards' fronts, or their backs) measured once.
 */
export const printHooks = defineHooks('print-sheets', ['fit'] as const);
