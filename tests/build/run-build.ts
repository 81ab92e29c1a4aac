import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The environment a developer's shell would give the build. Vitest puts import.meta.env
 * values (BASE_URL, MODE, NODE_ENV=test…) into process.env, and a child build would
 * otherwise inherit them: BASE_URL=/ silently overrides the configured base path.
 */
function buildEnvironment(): NodeJS.ProcessEnv {
  const injected = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'ASSETS_PREFIX', 'SITE']);
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !injected.has(key) && !key.startsWith('VITEST') && !key.startsWith('TEST')),
  );
}

/** Runs the real production build (the same config, the same CLI) into a throw-away folder. */
export function runBuild(env: Record<string, string>): { status: number | null; output: string; outDir: string } {
  const outDir = mkdtempSync(join(tmpdir(), 'fangpian-build-'));
  const result = spawnSync(process.execPath, ['scripts/astro.mjs', 'build', '--outDir', outDir], {
    env: { ...buildEnvironment(), ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}
