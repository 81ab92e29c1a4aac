import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Comments and the README point readers at files ("see src/lib/search/rank.ts"). A file
 * that moves leaves those pointers wrong, and a newcomer follows them into nothing; every
 * path under src/ that the code, the tests, the scripts or the README names must exist.
 */
const PLACES = ['src', 'tests', 'scripts', 'bench'];
const files = [
  'README.md',
  'astro.config.mjs',
  ...PLACES.flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      // (Astro's own .astro/ folders, which a build leaves, are folders.)
      .filter((file) => /\.(ts|mjs|astro|css|md)$/.test(file) && !file.includes('node_modules') && statSync(join(dir, file)).isFile())
      .map((file) => join(dir, file)),
  ),
];
const MENTION = /(?<![\w./-])src\/[\w./[\]-]*[\w\]/]/g;

describe('paths the code and the README name', () => {
  it('reads the mentions it checks', () => {
    expect(readFileSync('README.md', 'utf8').match(MENTION)?.length ?? 0).toBeGreaterThan(10);
  });

  it('exist', () => {
    const missing = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(MENTION)].map((match) => match[0].replace(/\.$/, '')).filter((path) => !existsSync(path)).map((path) => `${file} names ${path}`),
    );
    expect([...new Set(missing)]).toEqual([]);
  });
});
