/**
 * The only search code every page loads: it waits for the search button, "/" or
 * Ctrl/⌘+K, and only then downloads the search dialog and the index. Without this
 * script (or without <dialog> support) the button is a plain link to /search/.
 */
const trigger = document.querySelector<HTMLAnchorElement>('a[data-search-trigger]');
const pagePanel = document.querySelector<HTMLElement>('[data-search-page] [data-search]');
const supportsDialog = typeof HTMLDialogElement === 'function' && 'showModal' in HTMLDialogElement.prototype;

function open(): void {
  if (!trigger) return;
  if (pagePanel) {
    pagePanel.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
    return;
  }
  if (!supportsDialog) {
    window.location.href = trigger.href;
    return;
  }
  void import('./dialog.ts').then(({ openSearchDialog }) => openSearchDialog(trigger));
}

trigger?.addEventListener('click', (event) => {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  open();
});

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
  if (!slash && !commandK) return;
  event.preventDefault();
  open();
});

export {};
