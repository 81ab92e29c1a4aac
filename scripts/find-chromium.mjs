// Playwright cannot download its own browser here, so every browser task uses an
// installed Chromium or Chrome. Fail loudly with the fix rather than skip tests.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const INSTALL_HINT = [
  'No Chromium or Chrome was found for the browser tests.',
  '  Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk',
  '  Or point CHROME_PATH at an installed Chrome/Chromium, e.g. CHROME_PATH=/opt/google/chrome/chrome npm test',
].join('\n');

export function findChromium(env = process.env) {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist.\n${INSTALL_HINT}`);
    return fromEnv;
  }
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}

/** Flags that let Chromium run as root in a container, offline, without phoning home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
