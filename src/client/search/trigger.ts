import { defineIsland } from '../island.ts';
import { searchHooks as hooks } from './hooks.ts';

/**
 * <search-trigger>: the only search code every page loads. It waits for the search
 * button, "/" or Ctrl/⌘+K, and only then downloads the search dialog and the index.
 * Without this script, without <dialog> support, or when the dialog's code fails to load,
 * the button is a plain link to /search/.
 */
const supportsDialog = typeof HTMLDialogElement === 'function' && 'showModal' in HTMLDialogElement.prototype;

function open(trigger: HTMLAnchorElement): void {
  const pageInput = document.querySelector<HTMLInputElement>(`${hooks.selector('search-page')} search-panel input[type="search"]`);
  if (pageInput) {
    pageInput.focus();
    return;
  }
  if (!supportsDialog) {
    window.location.href = trigger.href;
    return;
  }
  import('./dialog.ts')
    .then(({ openSearchDialog }) => openSearchDialog(trigger))
    // The dialog's script did not load (offline before it was kept, or a deploy removed
    // the file this page expects): the search page does the same job.
    .catch(() => {
      window.location.href = trigger.href;
    });
}

defineIsland('search-trigger', (root) => {
  const trigger = hooks.find<HTMLAnchorElement>(root, 'search-trigger');
  trigger.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    open(trigger);
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    if (!slash && !commandK) return;
    event.preventDefault();
    open(trigger);
  });
});
