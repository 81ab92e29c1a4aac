// The yardstick the goals of "a first visit costs a phone less than the leanest docs site" are
// measured against: Starlight with its default Pagefind search (bench/starlight/), fed the same
// articles. Its packages are its own (bench/starlight/package-lock.json), installed here on the
// first bench run, so the site's own install never carries them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const STARLIGHT_ROOT = 'bench/starlight';
export const STARLIGHT_VERSION = '0.42.9';

/** Installs bench/starlight's packages from its lockfile when they are missing. */
export function ensureStarlight() {
  if (existsSync(`${STARLIGHT_ROOT}/node_modules/@astrojs/starlight/package.json`)) return;
  console.log(`Installing Starlight ${STARLIGHT_VERSION} for the bench into ${STARLIGHT_ROOT}/node_modules (once)…`);
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: STARLIGHT_ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) throw new Error(`npm ci in ${STARLIGHT_ROOT} failed (exit ${result.status}).`);
}

/**
 * The command, folder and environment that build Starlight's site of `contentRoot`'s articles
 * into outDir. It runs in bench/starlight/: Astro writes its prerender chunks under the folder
 * it runs in, and they must find Starlight's packages.
 */
export function starlightBuild({ contentRoot, outDir, cacheDir }) {
  return {
    cwd: resolve(STARLIGHT_ROOT),
    command: process.execPath,
    args: [resolve(STARLIGHT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', resolve(STARLIGHT_ROOT), '--outDir', resolve(outDir)],
    env: { CONTENT_ROOT: resolve(contentRoot), STARLIGHT_CACHE_DIR: resolve(cacheDir), ASTRO_TELEMETRY_DISABLED: '1' },
  };
}
