// Runs the Astro CLI with its usage telemetry switched off. A site that teaches people to
// keep their data to themselves should not report its builds to anyone; an env var in
// package.json scripts would not work in Windows shells, so this wrapper sets it. For the
// same reason `--kiosk` here becomes KIOSK=true: the kiosk is the same build with one option.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(import.meta.resolve('astro/package.json').replace(/package\.json$/, 'bin/astro.mjs'));
const args = process.argv.slice(2);
const kiosk = args.includes('--kiosk');
const result = spawnSync(process.execPath, [bin, ...args.filter((arg) => arg !== '--kiosk')], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(kiosk ? { KIOSK: 'true' } : {}) },
});
process.exit(result.status ?? 1);
