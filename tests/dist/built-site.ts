import { existsSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

/** The production build these tests read. `npm test` builds before running them. */
export const DIST = 'dist';
/** The same site with 295 generated articles added, 300 in all (`npm run build:large`). */
export const DIST_LARGE = 'dist-large';

for (const dir of [DIST, DIST_LARGE]) {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`tests/dist reads ${dir}/: run \`npm run build\` and \`npm run build:large\` first (npm test does).`);
  }
}

export function builtFiles(extension: string, dir: string = DIST): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .map((file) => join(dir, file));
}

const isFragment = (file: string) => /wechat-fragments[\\/][^\\/]+\.html$/.test(file);

/** Built pages; the WeChat fragments (dist/wechat-fragments/<slug>.html) are not pages but paste-ins. */
export const htmlPages = (dir: string = DIST) => builtFiles('.html', dir).filter((file) => !isFragment(file));

export const wechatFragments = () => builtFiles('.html').filter(isFragment);

/** "dist/articles/x/index.html" → "articles/x/index.html" */
export const relative = (file: string, dir: string = DIST) => file.slice(dir.length + 1).split(sep).join('/');
