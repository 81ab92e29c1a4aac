import type { CharacterMap } from './normalise.ts';

/**
 * The traditional and variant forms of the characters the signs are written in, so that a
 * message typed in traditional characters (驗證碼, 轉賬) is read like a simplified one.
 * Generated at build from OpenCC's dictionaries, and only for the characters the signs
 * use: the browser gets a few hundred pairs, not a dictionary.
 *
 * A dictionary is OpenCC's text form: entries split by "|", each "from to [to…]".
 * `toSimplified` maps traditional to simplified (TSCharacters); each of `variants` maps a
 * standard traditional form to a regional variant (TWVariants, HKVariants), read backwards.
 */
function entries(dictionary: string): string[][] {
  return dictionary
    .split('|')
    .map((entry) => entry.trim().split(/\s+/))
    .filter((parts) => parts.length >= 2);
}

export function traditionalForms(used: Iterable<string>, toSimplified: string, variants: readonly string[] = []): CharacterMap {
  const wanted = new Set(used);
  const simplifiedOf = new Map<string, string>();
  for (const [traditional, simplified] of entries(toSimplified)) {
    if (traditional && simplified && !simplifiedOf.has(traditional)) simplifiedOf.set(traditional, simplified);
  }
  const map: Record<string, string> = {};
  for (const [traditional, simplified] of simplifiedOf) {
    if (traditional !== simplified && wanted.has(simplified)) map[traditional] = simplified;
  }
  for (const dictionary of variants) {
    for (const [standard, ...forms] of entries(dictionary)) {
      const simplified = simplifiedOf.get(standard!) ?? standard!;
      if (!wanted.has(simplified)) continue;
      for (const form of forms) if (form !== simplified && !(form in map)) map[form] = simplified;
    }
  }
  return map;
}
