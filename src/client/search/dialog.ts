import { searchHooks as hooks } from './hooks.ts';
// Defines <search-panel>, which mounts the dialog's panel as soon as this module loads.
import './panel.ts';

/**
 * The header's search dialog. A native <dialog> opened with showModal() traps focus and
 * closes on Esc by itself; we only return focus to the button that opened it and close on
 * a tap outside the box.
 */
let returnFocusTo: HTMLElement | null = null;

function wire(dialog: HTMLDialogElement): void {
  dialog.addEventListener('close', () => {
    returnFocusTo?.focus();
  });
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.querySelector(hooks.selector('search-close'))?.addEventListener('click', () => dialog.close());
  // In a search box the browser's first Esc only clears the text; readers expect Esc to
  // close the search, whatever has focus.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    dialog.close();
  });
}

let wired: HTMLDialogElement | undefined;

export function openSearchDialog(opener: HTMLElement): void {
  const dialog = document.querySelector<HTMLDialogElement>(hooks.selector('search-dialog'));
  const input = dialog?.querySelector<HTMLInputElement>('search-panel input[type="search"]');
  if (!dialog || !input) return;
  returnFocusTo = opener;
  if (wired !== dialog) {
    wire(dialog);
    wired = dialog;
  }
  if (!dialog.open) dialog.showModal();
  input.focus();
  input.select();
}
