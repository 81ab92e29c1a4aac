import { mountPanel } from './panel.ts';

/**
 * The header's search dialog. A native <dialog> opened with showModal() traps focus and
 * closes on Esc by itself; we only return focus to the button that opened it and close on
 * a tap outside the box.
 */
let returnFocusTo: HTMLElement | null = null;

export function openSearchDialog(opener: HTMLElement): void {
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  const root = dialog?.querySelector<HTMLElement>('[data-search]');
  if (!dialog || !root) return;
  const panel = mountPanel(root, { syncUrl: false });
  returnFocusTo = opener;

  if (!dialog.dataset['wired']) {
    dialog.dataset['wired'] = 'true';
    dialog.addEventListener('close', () => {
      returnFocusTo?.focus();
    });
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
    // In a search box the browser's first Esc only clears the text; readers expect Esc to
    // close the search, whatever has focus.
    dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      dialog.close();
    });
  }
  if (!dialog.open) dialog.showModal();
  panel.input.focus();
  panel.input.select();
}
