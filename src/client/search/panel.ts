import { looksLikeMessage } from '../../lib/search/message.ts';
import { normaliseQuery, shownQuery, typedText } from '../../lib/search/normalise.ts';
import { fill } from '../../lib/template.ts';
import { defineIsland } from '../island.ts';
import { reportUnsavedWork } from '../unsaved-work.ts';
import { prepareSearch, search, type SearchResults } from './engine.ts';
import { panelData, searchHooks as hooks, type PanelData } from './hooks.ts';
import { appendHits, renderHits } from './view.ts';
import { handTextToCheck } from '../check/handoff.ts';

/**
 * <search-panel>: the markup SearchPanel.astro draws, in the header dialog and on the
 * /search/ page. Typing searches as you go, chips run their query, arrow keys move between
 * results, and the result count is announced through the panel's status line. On the
 * /search/ page it also keeps the address in step with the query and runs the query it
 * arrived with; in the dialog, the dialog focuses it (./dialog.ts).
 */
const DEBOUNCE_MS = 180;

/** The parts of the panel a search changes. */
interface Results {
  /** The suggested searches: folded away while results are shown, so the results come right under the box (kept where they are the only way in). */
  suggestions: HTMLElement;
  keepSuggestions: boolean;
  status: HTMLElement;
  list: HTMLOListElement;
  empty: HTMLElement;
  /** 更多结果 and the line above it saying how many pages are still unread. */
  more: HTMLElement;
  moreLeft: HTMLElement;
  text: PanelData['text'];
  /** The results on screen, while pages Pagefind found are left to read, and the query as the count names it. */
  pending: { results: SearchResults; shown: string } | undefined;
}

/** Offers the unread pages of `results` through 更多结果, or hides the button when none are left. */
function offerMore(parts: Results, results: SearchResults | undefined, shown: string): void {
  const left = results?.remaining ?? 0;
  // Before the words' other spellings are asked, there may be more than the count says.
  const more = left > 0 || results?.mayFindMore === true;
  parts.pending = results && more ? { results, shown } : undefined;
  parts.more.hidden = !more;
  parts.moreLeft.textContent = left > 0 ? fill(parts.text.moreLeft, { count: left }) : '';
}

/** Shows the results of a search, or why there are none; `stale` says a newer search has started meanwhile. */
async function showResults(raw: string, base: string, parts: Results, stale: () => boolean, shownAs?: string): Promise<void> {
  const { status, list, empty, suggestions, keepSuggestions, text: t } = parts;
  const query = normaliseQuery(raw);
  suggestions.hidden = !keepSuggestions && query !== '';
  offerMore(parts, undefined, '');
  if (query === '') {
    list.replaceChildren();
    empty.hidden = true;
    status.textContent = '';
    return;
  }
  status.textContent = t.loading;
  const started = performance.now();
  try {
    const results = await search(query, base);
    if (stale()) return;
    const { hits } = results;
    renderHits(list, hits, t);
    const shown = shownAs ?? shownQuery(raw);
    offerMore(parts, results, shown);
    empty.hidden = hits.length > 0;
    status.textContent = hits.length > 0 ? fill(t.found, { count: hits.length, query: shown }) : fill(t.none, { query: shown });
    performance.measure('search', { start: started, detail: { query: raw, results: hits.length } });
  } catch (error) {
    if (stale()) return;
    console.warn('Search failed', error);
    list.replaceChildren();
    empty.hidden = false;
    status.textContent = t.failed;
  }
}

/**
 * 更多结果: the next pages' results go under those shown (which stay as they are), the count
 * says the new total, and focus moves to the first new result, so a keyboard or a screen
 * reader carries on from there. `stale` says a newer search has started meanwhile.
 */
async function showMore(parts: Results, stale: () => boolean): Promise<void> {
  const { pending, list, status, text: t } = parts;
  if (!pending) return;
  try {
    const next = await pending.results.more();
    if (stale()) return;
    const first = appendHits(list, next.hits, t);
    offerMore(parts, next, pending.shown);
    status.textContent = next.hits.length > 0 ? fill(t.found, { count: list.children.length, query: pending.shown }) : t.moreNone;
    if (first) first.focus();
    // The button has gone with nothing new under it: focus goes to the count rather than being lost.
    else if (parts.more.hidden) status.focus();
  } catch (error) {
    if (stale()) return;
    console.warn('More results failed', error);
    status.textContent = t.moreFailed;
  }
}

/** On the /search/ page, the address keeps the query, so it can be shared or reloaded. */
function keepInAddress(query: string): void {
  const url = new URL(window.location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
}

/** Arrow keys move from the box (or the count above the results) into the results and between them; Enter follows the focused link as usual. */
function moveWithArrows(root: HTMLElement, input: HTMLInputElement, list: HTMLElement, status: HTMLElement): void {
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a[href]')];
    if (links.length === 0) return;
    const active = document.activeElement;
    const index = links.indexOf(active as HTMLAnchorElement);
    const above = active === input || active === status;
    if (!above && index === -1) return;
    event.preventDefault();
    if (event.key === 'ArrowDown') {
      links[above ? 0 : Math.min(index + 1, links.length - 1)]!.focus();
    } else if (index <= 0) {
      input.focus();
    } else {
      links[index - 1]!.focus();
    }
  });
}

function mount(root: HTMLElement): void {
  const data = panelData.read(root);
  const onPage = root.closest(hooks.selector('search-page')) !== null;
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  // A search typed or open in the dialog.
  reportUnsavedWork(() => input.value.trim() !== '' || root.closest('dialog[open]') !== null);
  const results: Results = {
    suggestions: hooks.find(root, 'suggestions'),
    keepSuggestions: data.questionsOnly,
    status: hooks.find(root, 'search-status'),
    list: hooks.find<HTMLOListElement>(root, 'search-results'),
    empty: hooks.find(root, 'search-empty'),
    more: hooks.find(root, 'search-more'),
    moreLeft: hooks.find(root, 'search-more-left'),
    pending: undefined,
    text: data.text,
  };
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A pasted message is offered to 查一查, and never written into the address.
  const offer = root.querySelector<HTMLElement>(hooks.selector('search-check'));
  const run = (raw: string, shownAs?: string) => {
    const ticket = ++sequence;
    clearTimeout(timer);
    const message = looksLikeMessage(raw);
    if (offer) offer.hidden = !message;
    if (onPage) keepInAddress(message ? '' : shownQuery(raw).replace(/…$/, ''));
    // A whole message matches nothing useful word for word: the offer is the answer.
    return showResults(message ? '' : raw, data.base, results, () => ticket !== sequence, shownAs);
  };
  root.querySelector(hooks.selector('search-check-run'))?.addEventListener('click', () => handTextToCheck(input.value, data.checkPage));

  // The box taking focus (the dialog focuses it as it opens) is the first sign of a search.
  input.addEventListener('focus', () => prepareSearch(data.base), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), DEBOUNCE_MS);
  });
  // Submitting (搜索, or the phone keyboard's search key) puts the results on screen: focus
  // moves to the count above them (so a phone's keyboard closes and a screen reader reads
  // it), which comes up to the top with the first result under it.
  const runAndShow = (shownAs?: string) => {
    const ticket = sequence + 1;
    void run(input.value, shownAs).then(() => {
      // A newer search (she kept typing) keeps the box.
      if (input.value.trim() === '' || ticket !== sequence) return;
      results.status.focus({ preventScroll: true });
      results.status.scrollIntoView({ block: 'start' });
    });
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    runAndShow();
  });
  // A chip fills the box to be edited; where there is no box to edit (the kiosk), a question
  // is answered like a submitted search, its results brought up to the top.
  root.addEventListener('click', (event) => {
    const chip = (event.target as Element).closest<HTMLAnchorElement>(hooks.selector('suggestion'));
    if (!chip) return;
    event.preventDefault();
    input.value = hooks.read(chip, 'suggestion') ?? '';
    if (data.questionsOnly) {
      // The count names the question the visitor tapped, not the search words behind it.
      runAndShow(chip.textContent?.trim());
      return;
    }
    input.focus();
    void run(input.value);
  });
  moveWithArrows(root, input, results.list, results.status);
  // One batch at a time: a second tap while the first is being read does nothing.
  let reading = false;
  hooks.find(root, 'search-more-button').addEventListener('click', () => {
    if (reading) return;
    reading = true;
    const ticket = sequence;
    void showMore(results, () => ticket !== sequence).finally(() => {
      reading = false;
    });
  });

  if (!onPage) return;
  // An address can carry anything: it is read as if typed into the box.
  const query = typedText(new URLSearchParams(window.location.search).get('q') ?? '');
  if (query.trim()) {
    input.value = query;
    void run(query);
  } else if (!data.questionsOnly) {
    input.focus();
  }
}

defineIsland('search-panel', mount);
