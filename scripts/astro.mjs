// Runs the Astro CLI with its usage telemetry switched off. A site that teaches people to
// keep their data to themselves should not report its builds to anyone; an env var in
// package.json scripts would not work in Windows shells, so this wrapper sets it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(import.meta.resolve('astro/package.json').replace(/package\.json$/, 'bin/astro.mjs'));
const result = spawnSync(process.execPath, [bin, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
process.exit(result.status ?? 1);
