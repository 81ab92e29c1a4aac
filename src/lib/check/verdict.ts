import type { FoundSign, Weight } from './detect.ts';

/**
 * One verdict for a pasted message and a described call alike. There is no "safe": with no
 * sign found, the page says it found none of the common signs, and that this is no proof.
 * The verdict is the heaviest sign found, or none.
 */
export function verdictOf(found: readonly FoundSign[]): Weight | 'none' {
  if (found.some((sign) => sign.weight === 'high')) return 'high';
  if (found.some((sign) => sign.weight === 'medium')) return 'medium';
  return found.length > 0 ? 'low' : 'none';
}
