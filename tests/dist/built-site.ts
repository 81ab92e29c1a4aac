import { existsSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

/** The production build these tests read. `npm test` builds before running them. */
export const DIST = 'dist';

if (!existsSync(join(DIST, 'index.html'))) {
  throw new Error('tests/dist reads the production build: run `npm run build` first (npm test does).');
}

export function builtFiles(extension: string): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .map((file) => join(DIST, file));
}

const isFragment = (file: string) => /wechat-fragments[\\/][^\\/]+\.html$/.test(file);

/** Built pages; the WeChat fragments (dist/wechat-fragments/<slug>.html) are not pages but paste-ins. */
export const htmlPages = () => builtFiles('.html').filter((file) => !isFragment(file));

export const wechatFragments = () => builtFiles('.html').filter(isFragment);

/** "dist/articles/x/index.html" → "articles/x/index.html" */
export const relative = (file: string) => file.slice(DIST.length + 1).split(sep).join('/');
