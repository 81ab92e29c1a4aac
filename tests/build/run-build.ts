import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs the real production build (the same config, the same CLI) into a throw-away folder. */
export function runBuild(env: Record<string, string>): { status: number | null; output: string; outDir: string } {
  const outDir = mkdtempSync(join(tmpdir(), 'fangpian-build-'));
  const result = spawnSync(process.execPath, ['scripts/astro.mjs', 'build', '--outDir', outDir], {
    env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}
