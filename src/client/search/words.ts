import { SEARCH_WORDS_FILE, type SearchWords } from '../../lib/search/words.ts';

/** Fetches the site's search word lists once (search/words.json, written by the build). */
let loading: Promise<SearchWords> | undefined;

export function loadSearchWords(base: string): Promise<SearchWords> {
  loading ??= fetch(`${base}${SEARCH_WORDS_FILE}`).then((response) => {
    if (!response.ok) throw new Error(`${SEARCH_WORDS_FILE}: HTTP ${response.status}`);
    return response.json() as Promise<SearchWords>;
  });
  // Like the index, a failed load (offline, a blocked file) is retried on the next search.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
