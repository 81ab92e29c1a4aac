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

describe('content style', () => {
  it('finds the content files', () => {
    expect(files.length).toBeGreaterThanOrEqual(9);
  });

  it.each(files)('%s uses full-width punctuation in Chinese text', (file) => {
    const offending = readFileSync(file, 'utf8')
      .split('\n')
      .map((line, index) => ({ line, number: index + 1 }))
      // Markdown link targets, "](/articles/x/)", are syntax, not prose.
      .filter(({ line }) => HALF_WIDTH_NEXT_TO_HAN.test(line.replace(/\]\([^)]*\)/g, ']')))
      .map(({ line, number }) => `${file}:${number}: ${line.trim().slice(0, 60)}`);
    expect(offending).toEqual([]);
  });
});
