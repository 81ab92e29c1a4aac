import { mountPanel } from './panel.ts';

/** /search/?q=… runs the query on arrival, so a link or a QR code can open a search. */
const root = document.querySelector<HTMLElement>('[data-search-page] [data-search]');
if (root) {
  const panel = mountPanel(root, { syncUrl: true });
  const query = new URLSearchParams(window.location.search).get('q') ?? '';
  if (query.trim()) {
    panel.input.value = query;
    void panel.run(query);
  } else {
    panel.input.focus();
  }
}
