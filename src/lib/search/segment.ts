import { isHan } from './normalise.ts';

/**
 * Splitting a run of Chinese characters into words. Browsers with Intl.Segmenter do it
 * well; older WeChat webviews lack it, so they fall back to the site's own vocabulary
 * (words found in our articles at build time) matched greedily, longest word first. Any
 * stretch the vocabulary does not know is cut into overlapping pairs of characters, which
 * is how most Chinese words are built and still matches the index.
 */
export type Segmenter = (text: string) => string[];

interface IntlSegmenterLike {
  segment(text: string): Iterable<{ segment: string; isWordLike?: boolean }>;
}

export function intlSegmenter(): Segmenter | undefined {
  const Ctor = (Intl as unknown as { Segmenter?: new (locale: string, options: object) => IntlSegmenterLike }).Segmenter;
  if (typeof Ctor !== 'function') return undefined;
  const segmenter = new Ctor('zh-CN', { granularity: 'word' });
  return (text) => Array.from(segmenter.segment(text), (part) => part).filter((part) => part.isWordLike !== false).map((part) => part.segment.trim()).filter(Boolean);
}

export function vocabularySegmenter(vocabulary: ReadonlySet<string>, longestWord = 6): Segmenter {
  return (text) => {
    const chars = Array.from(text);
    const words: string[] = [];
    let unknown: string[] = [];
    const flushUnknown = () => {
      if (unknown.length === 1) words.push(unknown[0]!);
      for (let i = 0; i + 1 < unknown.length; i++) words.push(unknown[i]! + unknown[i + 1]!);
      unknown = [];
    };
    let i = 0;
    while (i < chars.length) {
      let matched = 0;
      for (let length = Math.min(longestWord, chars.length - i); length >= 2; length--) {
        if (vocabulary.has(chars.slice(i, i + length).join(''))) {
          matched = length;
          break;
        }
      }
      if (matched > 0) {
        flushUnknown();
        words.push(chars.slice(i, i + matched).join(''));
        i += matched;
      } else {
        unknown.push(chars[i]!);
        i += 1;
      }
    }
    flushUnknown();
    return words;
  };
}

/** The vocabulary file is built from article text with Intl.Segmenter in Node. */
export function buildVocabulary(texts: readonly string[], segment: Segmenter): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of segment(text)) {
      const chars = Array.from(word);
      if (chars.length >= 2 && chars.length <= 6 && chars.every(isHan)) words.add(word);
    }
  }
  return [...words].sort();
}
