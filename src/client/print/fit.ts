import { largestFittingScale } from '../../lib/print/fit.ts';
import { defineIsland } from '../island.ts';
import { printHooks as hooks } from './hooks.ts';

/**
 * Grows each printable's type and QR codes until its page is full. The layout on paper is
 * the A4 page's whatever the screen (Sheet.astro gives the sheets their printed size while
 * `data-fit-measuring` is on the page), so the scale found here is the one the printer uses.
 * Without JavaScript the sheets print at their designed size: readable, only emptier.
 */
const MEASURING = 'fitMeasuring';

function overflows(box: HTMLElement): boolean {
  return box.scrollHeight > box.clientHeight || box.scrollWidth > box.clientWidth;
}

function fitAll(root: HTMLElement): void {
  const groups = new Map<string, HTMLElement[]>();
  for (const box of hooks.findAll(root, 'fit')) {
    const group = hooks.read(box, 'fit') || `box-${groups.size}`;
    groups.set(group, [...(groups.get(group) ?? []), box]);
  }
  const html = document.documentElement;
  html.dataset[MEASURING] = 'true';
  try {
    for (const boxes of groups.values()) {
      // The boxes of a group print the same words, so the first one speaks for all.
      const [first] = boxes;
      if (!first) continue;
      // Type grows in steps (a line more or less), so the QR codes then take what is left.
      for (const property of ['--fit', '--fit-qr']) {
        const scale = largestFittingScale((candidate) => {
          first.style.setProperty(property, String(candidate));
          return !overflows(first);
        });
        // Exactly the scale that was measured: rounded up, it overflowed by a pixel.
        for (const box of boxes) box.style.setProperty(property, String(scale));
      }
    }
  } finally {
    delete html.dataset[MEASURING];
  }
}

defineIsland('print-sheets', fitAll);
