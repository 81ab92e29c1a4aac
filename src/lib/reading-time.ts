/**
 * Reading-time estimate for Chinese text. Adults read roughly 300 to 500 Chinese
 * characters a minute; we use the slow end because many of our readers are older or
 * reading on a small screen, and an estimate that is too short feels like failure.
 */
export const CHINESE_CHARS_PER_MINUTE = 300;
const LATIN_WORDS_PER_MINUTE = 200;

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[A-Za-z0-9]+(?:[-'.][A-Za-z0-9]+)*/g;

/** Strips MDX/Markdown syntax that a reader never sees: imports, tags, attributes, link targets. */
export function visibleText(source: string): string {
  return source
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_>`|[\]{}]/g, ' ');
}

export function readingMinutes(source: string): number {
  const text = visibleText(source);
  const hanCount = text.match(HAN)?.length ?? 0;
  const latinCount = text.replace(HAN, ' ').match(LATIN_WORD)?.length ?? 0;
  const minutes = hanCount / CHINESE_CHARS_PER_MINUTE + latinCount / LATIN_WORDS_PER_MINUTE;
  return Math.max(1, Math.ceil(minutes));
}
