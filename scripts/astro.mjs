// Runs the Astro CLI with its usage telemetry switched off. A site that teaches people to
// keep their data to themselves should not report its builds to anyone; an env var in
// package.json scripts would not work in Windows shells, so this wrapper sets it. For the
// same reason `--kiosk` here becomes KIOSK=true: the kiosk is the same build with one option.
// `--synthetic N` builds the real content plus N generated articles (scripts/synthetic-
// content.mjs), for the tests and the benchmark of a large site.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { writeSyntheticContent } from './synthetic-content.mjs';

const bin = fileURLToPath(import.meta.resolve('astro/package.json').replace(/package\.json$/, 'bin/astro.mjs'));
const args = process.argv.slice(2);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

const kiosk = args.indexOf('--kiosk');
if (kiosk >= 0) {
  env['KIOSK'] = 'true';
  args.splice(kiosk, 1);
}

const synthetic = args.indexOf('--synthetic');
if (synthetic >= 0) {
  const count = Number(args[synthetic + 1]);
  if (!Number.isInteger(count) || count < 1) {
    console.error('--synthetic needs a number of articles, for example --synthetic 150');
    process.exit(2);
  }
  args.splice(synthetic, 2);
  const root = `node_modules/.cache/kuaidi-synthetic/${count}`;
  await writeSyntheticContent(root, count);
  env['CONTENT_ROOT'] = root;
}

const result = spawnSync(process.execPath, [bin, ...args], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
