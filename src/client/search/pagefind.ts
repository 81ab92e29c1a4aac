/**
 * The slice of Pagefind's browser API we use. Pagefind ships as a plain ES module in
 * dist/pagefind/ after the build, so it is imported by URL at run time, never bundled.
 */
import type { Anchor } from '../../lib/search/sections.ts';

export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors: Anchor[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  /** null asks for every page (Pagefind's filter-only search with no filter). */
  search: (query: string | null, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 40 });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (offline, a blocked file) must be retryable on the next keystroke.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
