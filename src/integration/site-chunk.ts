import type { Plugin } from 'vite';

/**
 * One script file for what every page's header and layout scripts share (the island and
 * hooks helpers, the search and reading hooks, the voice, the service worker's registration,
 * the unsaved-work question, Vite's preload helper). Left to itself the bundler gave each of
 * these its own small file, found only once the page's first scripts had loaded: an article
 * asked for 11 scripts, 7 of them a round trip later (after the first 4), and Lighthouse's
 * mobile simulation counts them all before the first paint. With this one file: 5 scripts,
 * the same bytes. Modules used by a single kind of page (the quiz, 查一查, the talk) still go
 * with that page's script.
 */
const SHARED_BY_EVERY_PAGE = /src[\\/]client[\\/]((island|hooks|unsaved-work|offline)|(search|reading)[\\/](hooks|voice))\.ts$|preload-helper/;

export function siteChunk(): Plugin {
  return {
    name: 'kuaidi-site-chunk',
    applyToEnvironment: (environment) => environment.name === 'client',
    outputOptions(output) {
      return { ...output, codeSplitting: { groups: [{ name: 'site', test: SHARED_BY_EVERY_PAGE }] } };
    },
  };
}
