import { normaliseQuery } from '../../lib/search/normalise.ts';
import { search } from './engine.ts';
import { fill } from '../../lib/template.ts';
import { renderHits, type ResultText } from './view.ts';

/**
 * Wires one search panel (the header dialog's or the /search/ page's): typing searches
 * as you go, chips run their query, arrow keys move between results, and the result
 * count is announced through the panel's status line.
 */
const DEBOUNCE_MS = 180;

/**
 * What the build hands the panel: the site's base path and the few sentences the panel
 * shows (from src/i18n/ui.ts), so the search code does not download the site's whole
 * table of sentences. The word lists come with the index (search/words.json).
 */
export interface PanelData {
  base: string;
  text: ResultText & { loading: string; found: string; none: string; failed: string };
}

export interface MountedPanel {
  input: HTMLInputElement;
  run: (query: string) => Promise<void>;
}

const mounted = new WeakMap<HTMLElement, MountedPanel>();

export function mountPanel(root: HTMLElement, options: { syncUrl: boolean }): MountedPanel {
  const existing = mounted.get(root);
  if (existing) return existing;

  const data = JSON.parse(root.dataset['search'] ?? '{}') as PanelData;
  const t = data.text;
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const setUrl = (query: string) => {
    if (!options.syncUrl) return;
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  };

  const run = async (raw: string) => {
    const ticket = ++sequence;
    const query = normaliseQuery(raw);
    setUrl(raw.trim());
    if (query === '') {
      list.replaceChildren();
      empty.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = t.loading;
    const started = performance.now();
    try {
      const hits = await search(query, data.base);
      if (ticket !== sequence) return;
      renderHits(list, hits, t);
      const shown = raw.trim();
      empty.hidden = hits.length > 0;
      status.textContent =
        hits.length > 0 ? fill(t.found, { count: hits.length, query: shown }) : fill(t.none, { query: shown });
      performance.measure('search', { start: started, detail: { query: raw, results: hits.length } });
    } catch (error) {
      if (ticket !== sequence) return;
      console.warn('Search failed', error);
      list.replaceChildren();
      empty.hidden = false;
      status.textContent = t.failed;
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), DEBOUNCE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(input.value);
  });
  root.addEventListener('click', (event) => {
    const chip = (event.target as Element).closest<HTMLAnchorElement>('a[data-suggestion]');
    if (!chip) return;
    event.preventDefault();
    input.value = chip.dataset['suggestion'] ?? '';
    input.focus();
    void run(input.value);
  });

  // Arrow keys move from the box into the results and between them; Enter follows the
  // focused link as usual.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a[href]')];
    if (links.length === 0) return;
    const active = document.activeElement;
    const index = links.indexOf(active as HTMLAnchorElement);
    if (active !== input && index === -1) return;
    event.preventDefault();
    if (event.key === 'ArrowDown') {
      links[active === input ? 0 : Math.min(index + 1, links.length - 1)]!.focus();
    } else if (index <= 0) {
      input.focus();
    } else {
      links[index - 1]!.focus();
    }
  });

  const panel = { input, run };
  mounted.set(root, panel);
  return panel;
}

/**
 * <search-panel>: the markup SearchPanel.astro draws. On the /search/ page it keeps the
 * address in step with the query and runs the query it arrived with; in the header dialog
 * it waits for the dialog to focus it.
 */
class SearchPanel extends HTMLElement {
  connectedCallback(): void {
    const onPage = this.closest('[data-search-page]') !== null;
    const panel = mountPanel(this, { syncUrl: onPage });
    if (!onPage) return;
    const query = new URLSearchParams(window.location.search).get('q') ?? '';
    if (query.trim()) {
      panel.input.value = query;
      void panel.run(query);
    } else {
      panel.input.focus();
    }
  }
}

if (!customElements.get('search-panel')) customElements.define('search-panel', SearchPanel);
