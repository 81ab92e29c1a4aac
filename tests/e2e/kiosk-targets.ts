import type { Page } from '@playwright/test';

/**
 * What a finger meets on a kiosk page: every target (link, button, field, the label a
 * choice is tapped by) with its box. A target standing on its own must be 60 × 60 px (the
 * elder-mode figure of the MIIT app rules); a link inside running text is allowed to be
 * smaller when a 60 px circle on its centre touches no other target and no other such
 * circle (WCAG 2.5.8's spacing rule, at the kiosk's size). The kiosk's home bar is fixed,
 * so nothing on the page may sit under it.
 */
export const KIOSK_TARGET = 60;

export interface TargetProblem {
  what: string;
  problem: string;
}

export async function kioskTargetProblems(page: Page): Promise<TargetProblem[]> {
  return page.evaluate((size) => {
    const problems: { what: string; problem: string }[] = [];
    const describe = (element: Element) => `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/)[0]}` : ''} “${(element.textContent ?? '').trim().slice(0, 16) || element.getAttribute('aria-label') || ''}”`;
    const visible = (element: Element) => {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) return false;
      if (element.closest('[hidden], [inert], .visually-hidden, [aria-hidden="true"]')) return false;
      // Inside a closed <details> only the summary shows (newer Chromium still lays the rest out, unseen).
      if (element.closest('details:not([open])') && !element.closest('summary')) return false;
      const style = getComputedStyle(element);
      return style.visibility !== 'hidden' && style.display !== 'none';
    };
    const candidates = [...document.querySelectorAll<HTMLElement>('a[href], button, summary, input:not([type="hidden"]), select, textarea, [role="button"], [tabindex="0"]')];
    const targets: { element: HTMLElement; rect: DOMRect; rects: DOMRect[]; inText: boolean }[] = [];
    for (const element of candidates) {
      // A radio button or checkbox is tapped through its label, which is the target.
      const label = element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox') ? element.closest('label') : null;
      const target = (label ?? element) as HTMLElement;
      // The home bar is fixed: pages scroll under it, and keep its height free at their end (checked apart).
      if (!visible(target) || targets.some((known) => known.element === target) || target.closest('.kiosk-bar')) continue;
      // Running text: a link whose block says more than the link does.
      const block = target.tagName === 'A' ? target.parentElement?.closest('p, li, dd, td, figcaption, blockquote') : null;
      const inText = Boolean(block && getComputedStyle(target).display === 'inline' && (block.textContent ?? '').trim().length > (target.textContent ?? '').trim().length + 2);
      // A link that wraps is one box per line: its bounding box would cover the words between.
      targets.push({ element: target, rect: target.getBoundingClientRect(), rects: [...target.getClientRects()], inText });
    }
    const radius = size / 2;
    const centre = (rect: DOMRect) => ({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
    const circleMeetsRect = (c: { x: number; y: number }, rect: DOMRect) => {
      const dx = Math.max(rect.left - c.x, 0, c.x - rect.right);
      const dy = Math.max(rect.top - c.y, 0, c.y - rect.bottom);
      return dx * dx + dy * dy < radius * radius - 1;
    };
    for (const target of targets) {
      const { rect } = target;
      if (!target.inText) {
        if (rect.width < size - 0.5 || rect.height < size - 0.5) problems.push({ what: describe(target.element), problem: `${Math.round(rect.width)}×${Math.round(rect.height)} px` });
        continue;
      }
      for (const piece of target.rects) {
        const c = centre(piece);
        for (const other of targets) {
          if (other === target || other.element.contains(target.element) || target.element.contains(other.element)) continue;
          const meets = other.rects.some((otherPiece) => (other.inText ? Math.hypot(c.x - centre(otherPiece).x, c.y - centre(otherPiece).y) < size - 1 : circleMeetsRect(c, otherPiece)));
          if (meets) problems.push({ what: describe(target.element), problem: `its 60 px circle touches ${describe(other.element)}` });
        }
      }
    }
    // Two targets never overlap (one inside the other is one target).
    for (const [index, a] of targets.entries()) {
      for (const b of targets.slice(index + 1)) {
        if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
        const overlap = a.rects.some((p) => b.rects.some((q) => Math.min(p.right, q.right) - Math.max(p.left, q.left) > 1 && Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 1));
        if (overlap) problems.push({ what: describe(a.element), problem: `overlaps ${describe(b.element)}` });
      }
    }
    return problems;
  }, KIOSK_TARGET);
}
