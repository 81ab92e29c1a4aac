// Builds the kiosk variant into dist-kiosk/: the same content with KIOSK=true (large
// type, idle reset, no links out, no service worker: the kiosk's own local server has
// every file). KIOSK_IDLE_SECONDS sets the idle time (default 90).
import { spawnSync } from 'node:child_process';

const env = { ...process.env, KIOSK: 'true' };
const run = (args) => {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run(['scripts/astro.mjs', 'build']);
run(['scripts/index-search.mjs', 'dist-kiosk']);
