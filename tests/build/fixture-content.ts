import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A complete, valid content folder (tests/fixtures/minimal-content) with one broken file
 * from tests/fixtures/bad-content dropped in, so each build test shows exactly one mistake.
 */
export function contentWith(badFile: string, into: string): string {
  return contentWithAll([badFile], into);
}

/**
 * The same with several broken files at once, for checks that report every problem of a
 * kind in one build (the call simulations' graph checks): one build instead of five.
 */
export function contentWithAll(badFiles: readonly string[], into: string): string {
  const root = mkdtempSync(join(tmpdir(), 'fangpian-content-'));
  cpSync('tests/fixtures/minimal-content', root, { recursive: true });
  for (const badFile of badFiles) cpSync(join('tests/fixtures/bad-content', badFile), join(root, into, badFile));
  return root;
}

/**
 * The fixture content with a whole folder of tests/fixtures/bad-content laid over it, file
 * by file (words/hotlines/hotlines.yaml replaces hotlines/hotlines.yaml), for checks that
 * look across collections and report every problem in one build.
 */
export function contentWithOverlay(folder: string, from = 'tests/fixtures/bad-content'): string {
  const root = mkdtempSync(join(tmpdir(), 'fangpian-content-'));
  cpSync('tests/fixtures/minimal-content', root, { recursive: true });
  cpSync(join(from, folder), root, { recursive: true, filter: (source) => !source.endsWith('README.md') });
  return root;
}
