import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Chinese prose takes full-width punctuation (，；：？！（）). Half-width marks squeezed
// between Chinese characters look broken and slow older readers down.
const ROOTS = ['content', 'src/i18n'];
const files = ROOTS.flatMap((root) =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(mdx|ya?ml|ts)$/.test(file))
    .map((file) => join(root, file)),
);

const HALF_WIDTH_NEXT_TO_HAN = /\p{Script=Han}[,;:?!]|[,;?!]\p{Script=Han}|\p{Script=Han}\(|\)\p{Script=Han}/u;

/**
 * 查一查's word lists (content/check/: `all: [[…]]`, `except: […]`, `words: […]`) are the
 * words scam messages use, as YAML lists: neither prose nor the site's own wording.
 */
const isCheckWordList = (file: string, line: string) =>
  /content[\\/]check[\\/]/.test(file) && /^\s*(-\s+)?(\w+:\s*)?\[/.test(line);

describe('content style', () => {
  it('finds the content files', () => {
    expect(files.length).toBeGreaterThanOrEqual(9);
  });

  it.each(files)('%s uses full-width punctuation in Chinese text', (file) => {
    const offending = readFileSync(file, 'utf8')
      .split('\n')
      .map((line, index) => ({ line, number: index + 1 }))
      // Markdown link targets, "](/articles/x/)", are syntax, not prose.
      .filter(({ line }) => !isCheckWordList(file, line) && HALF_WIDTH_NEXT_TO_HAN.test(line.replace(/\]\([^)]*\)/g, ']')))
      .map(({ line, number }) => `${file}:${number}: ${line.trim().slice(0, 60)}`);
    expect(offending).toEqual([]);
  });

  // One word per concept across the site, and no words that alarm instead of explain.
  // The glossary may list the other spellings, since it explains that they mean the same,
  // and the search word lists (content/search/) hold the words readers type.
  const WORDING: { avoid: RegExp; use: string }[] = [
    { avoid: /原路返回/, use: '原路退回' },
    { avoid: /共享屏幕/, use: '屏幕共享 (打开屏幕共享)' },
    { avoid: /购物软件|网购App|购物平台App/, use: '购物App' },
    { avoid: /运单/, use: '面单 (运单 only inside a title in 《》)' },
    { avoid: /打单电脑/, use: 'the computer that held the waybill data: the source never says it printed labels' },
    { avoid: /证据固定/, use: 'nothing: the source does not use this legal term' },
    { avoid: /保命|后果不堪设想|金矿|千万别/, use: 'calm words' },
  ];

  it.each(files.filter((file) => !/glossary[\\/]|sources[\\/]|search[\\/](synonyms|question-words|intents)/.test(file)))('%s uses the site\'s one word for each concept', (file) => {
    const offending = readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) => {
        if (isCheckWordList(file, line)) return [];
        const prose = line.replace(/《[^》]*》/g, '《》');
        return WORDING.filter(({ avoid }) => avoid.test(prose)).map(({ avoid, use }) => `${file}:${index + 1}: "${prose.match(avoid)?.[0]}" → ${use}`);
      });
    expect(offending).toEqual([]);
  });
});
