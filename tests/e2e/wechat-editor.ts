/**
 * What the 公众号 editor keeps of pasted HTML, as a function the test runs in the page on
 * the clipboard's contents: its own elements with their inline styles (images with their
 * address), links only to mp.weixin.qq.com; anything else is unwrapped, and scripts, styles,
 * forms and drawings go with their content. The tests then read the post the editor would
 * hold, not the HTML the site meant to send.
 */
export function keepWhatTheEditorKeeps(html: string): string {
  const KEPT = new Set(['P', 'SECTION', 'SPAN', 'STRONG', 'B', 'EM', 'I', 'BR', 'H1', 'H2', 'H3', 'H4', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'IMG', 'SUP', 'SUB', 'A', 'FIGURE', 'FIGCAPTION']);
  const DROPPED = 'script, style, link, meta, noscript, svg, canvas, iframe, object, embed, form, input, button, select, textarea, template, dialog';
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  for (const element of doc.body.querySelectorAll(DROPPED)) element.remove();
  const walk = (node: Element) => {
    for (const child of [...node.children]) {
      walk(child);
      if (!KEPT.has(child.tagName) || (child.tagName === 'A' && !/^https:\/\/mp\.weixin\.qq\.com\//.test(child.getAttribute('href') ?? ''))) {
        child.replaceWith(...child.childNodes);
        continue;
      }
      for (const { name } of [...child.attributes]) {
        const keep = name === 'style' || (child.tagName === 'IMG' && (name === 'src' || name === 'alt')) || (child.tagName === 'A' && name === 'href') || name === 'colspan' || name === 'rowspan';
        if (!keep) child.removeAttribute(name);
      }
    }
  };
  walk(doc.body);
  return doc.body.innerHTML;
}
