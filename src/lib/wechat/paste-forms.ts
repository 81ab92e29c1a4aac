import { HTMLElement, parse } from 'node-html-parser';
import { escapeHtml } from '../escape-html.ts';

/**
 * What each drawn part of an article becomes in a 公众号 post. The editor keeps paragraphs,
 * bold and plain characters and drops layout (flex rows, SVG, hidden tables), so a web
 * drawing flattened as it stands reads as noise ("1. 1黎某 ↓→", "020 元"). Each component
 * marks itself with `data-paste="<form>"` and its parts with `data-paste-part`, and is
 * pasted in the one form chosen for it here:
 *
 * - `steps` (DataFlow, who passes the data to whom): one bold numbered paragraph per step
 *   with what it does under it, and a "↓" alone on the line between two steps.
 * - `rows` (PriceByFreshness, the price chart): its title in bold, then one paragraph per
 *   row, "label：value". The bars only drew those numbers; the numbers are what a reader needs.
 * - `dialogue` (CallTranscript): its title followed by its one 示意 mark, then one paragraph
 *   per line, "speaker：words".
 * - `heading` (a Callout's head): its kind and title as one bold line, "说明：关于这个价格",
 *   without the icon.
 *
 * Decorations (`data-paste-skip`, such as a callout's icon or a step's badge) are not
 * pasted: the words beside them already say what they show (src/lib/wechat/fragment.ts).
 *
 * The other components are already a structure the editor keeps, and are pasted as they
 * are, with inline styles: a Timeline as a numbered list (each event's time, title and
 * words as paragraphs), a Waybill or WaybillCompare as each label's lines (masked values
 * keep their stars, which is what the label shows), a TipList as pairs of bold term and
 * paragraph, a Callout's body and a HotlineList as paragraphs. Interactive parts (the
 * waybill tool, the quiz, a call simulation) become a card with a QR code.
 */
export const PASTE_FORMS = ['steps', 'rows', 'dialogue', 'heading'] as const;
export type PasteForm = (typeof PASTE_FORMS)[number];

/** The inline styles a paste form uses, from the fragment's one table of styles. */
export interface PasteStyles {
  p: string;
  strong: string;
}

const partsOf = (element: HTMLElement, part: string) => element.querySelectorAll(`[data-paste-part="${part}"]`);
const textOf = (element: HTMLElement | undefined | null) => (element?.text ?? '').replace(/\s+/g, ' ').trim();

/** The paste form of a marked component, as the fragment's HTML; the component's own markup is not kept. */
export function pasteForm(element: HTMLElement, styles: PasteStyles): string {
  const form = element.getAttribute('data-paste') as PasteForm | undefined;
  const paragraph = (html: string, extra = '') => `<p style="${styles.p}${extra}">${html}</p>`;
  const bold = (text: string) => `<strong style="font-weight:bold;">${escapeHtml(text)}</strong>`;
  const labelled = (row: HTMLElement) => paragraph(`${bold(`${textOf(row.querySelector('[data-paste-part="label"]'))}：`)}${escapeHtml(textOf(row.querySelector('[data-paste-part="value"]')))}`);
  switch (form) {
    case 'steps':
      return partsOf(element, 'step')
        .map((step, index) => `${paragraph(bold(`${index + 1}. ${textOf(step.querySelector('[data-paste-part="label"]'))}`), 'margin-bottom:0.2em;')}${paragraph(escapeHtml(textOf(step.querySelector('[data-paste-part="value"]'))))}`)
        .join(paragraph('↓', 'text-align:center;color:#888;'));
    case 'rows':
    case 'dialogue': {
      const title = [textOf(element.querySelector('[data-paste-part="title"]')), textOf(element.querySelector('[data-paste-part="mark"]'))].filter(Boolean).join(' · ');
      return `<section style="border-left:4px solid #ccc;padding-left:12px;margin:0 0 1em;">${title ? paragraph(bold(title)) : ''}${partsOf(element, 'row').map(labelled).join('')}</section>`;
    }
    case 'heading':
      return paragraph(bold(partsOf(element, 'label').map(textOf).join('')));
    default:
      throw new Error(`data-paste="${form}" is not a paste form; src/lib/wechat/paste-forms.ts knows ${PASTE_FORMS.join(', ')}.`);
  }
}

/** Replaces every marked component under `root` with its paste form. */
export function applyPasteForms(root: HTMLElement, styles: PasteStyles): void {
  for (const element of root.querySelectorAll('[data-paste]')) element.replaceWith(...parse(pasteForm(element, styles)).childNodes);
}
