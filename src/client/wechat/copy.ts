/**
 * The 复制到公众号 button: puts the article fragment on the clipboard as rich text
 * (text/html, which the 公众号 editor pastes with its formatting) and as plain text. Where
 * the Clipboard API is missing, it copies the preview's selection the old way. The title,
 * 摘要 and 原文链接 each have a button that copies that one line as plain text.
 */
import { wechat as t } from '../../i18n/ui.ts';
import { defineIsland } from '../island.ts';
import { wechatCopyHooks as hooks } from './hooks.ts';

/** Copies one line of plain text; false where the browser refuses. */
async function copyText(element: HTMLElement): Promise<boolean> {
  const text = element.textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    const copied = document.execCommand('copy');
    selection?.removeAllRanges();
    return copied;
  }
}

function mountFieldButtons(status: HTMLElement): void {
  for (const button of hooks.findAll<HTMLButtonElement>(document, 'copy-field')) {
    const field = hooks.read(button, 'copy-field') ?? '';
    const text = document.querySelector<HTMLElement>(hooks.selector('copy-text', field));
    if (!text) continue;
    const label = button.textContent;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const copied = await copyText(text);
      button.textContent = copied ? t.copiedField : t.copyFieldFailed;
      status.textContent = copied ? t.copiedField : t.copyFieldFailed;
      setTimeout(() => (button.textContent = label), 2000);
    });
  }
}

/**
 * The fragment as plain text. The preview frame already shows it, so its rendered text is
 * read from there; parsing the fragment in this page (DOMParser) would run it against the
 * page's CSP and log an error per inline style. Without the frame, tags are dropped and
 * character references decoded in a <textarea>, which parses nothing.
 */
function plainText(html: string, frame: HTMLIFrameElement | null): string {
  const shown = frame?.contentDocument?.body?.innerText;
  if (shown) return shown;
  const decoder = document.createElement('textarea');
  decoder.innerHTML = html.replace(/<(br|\/p|\/h[1-6]|\/li|\/section|\/figure)\b[^>]*>/gi, '\n').replace(/<[^>]*>/g, '');
  return decoder.value.replace(/\n{3,}/g, '\n\n').trim();
}

function mount(root: HTMLElement): void {
  const button = hooks.find<HTMLButtonElement>(root, 'copy-button');
  const status = hooks.find(root, 'copy-status');
  const frame = document.querySelector<HTMLIFrameElement>(hooks.selector('preview'));
  button.hidden = false;
  mountFieldButtons(status);

  const legacyCopy = (): boolean => {
    const doc = frame?.contentDocument;
    if (!doc) return false;
    const range = doc.createRange();
    range.selectNodeContents(doc.body);
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    const copied = doc.execCommand('copy');
    selection?.removeAllRanges();
    return copied;
  };

  button.addEventListener('click', async () => {
    try {
      const html = await (await fetch(hooks.read(root, 'fragment')!)).text();
      const text = plainText(html, frame);
      if (typeof ClipboardItem === 'function' && navigator.clipboard?.write) {
        await navigator.clipboard.write([
          new ClipboardItem({
            'text/html': new Blob([html], { type: 'text/html' }),
            'text/plain': new Blob([text], { type: 'text/plain' }),
          }),
        ]);
        status.textContent = t.copied;
        return;
      }
      throw new Error('no async clipboard');
    } catch {
      status.textContent = legacyCopy() ? t.copied : t.copyFailed;
    }
  });
}

/** <wechat-copy>: the copy button of a /wechat/<slug>/ page. */
defineIsland('wechat-copy', mount);
