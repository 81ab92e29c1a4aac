/**
 * The href for calling a number, or undefined when it cannot be called (12381 only sends
 * text messages). Only digits go into the link, so a number typed with spaces still dials.
 */
export function telHref(number: string, callable: boolean): string | undefined {
  if (!callable) return undefined;
  const digits = number.replace(/\D/gu, '');
  return digits === '' ? undefined : `tel:${digits}`;
}
