import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { BROWSER_TARGETS } from './browsers.ts';

/**
 * The inline script that applies stored reading settings before the first paint, bundled
 * from src/client/reading/boot.ts (and through it the same src/lib/reading-settings.ts the
 * settings panel uses). astro.config.mjs lists its hash in the CSP; BaseHead inlines it.
 * Paths are from the project root, where every build and test runs.
 */
const bundle = buildSync({
  entryPoints: [resolve('src/client/reading/boot.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  minify: true,
  legalComments: 'none',
  target: BROWSER_TARGETS,
});

export const readingBootScript = bundle.outputFiles[0]!.text.trim();

export const readingBootHash: `sha256-${string}` = `sha256-${createHash('sha256').update(readingBootScript).digest('base64')}`;
