/**
 * The 复制到公众号 button: puts the article fragment on the clipboard as rich text
 * (text/html, which the 公众号 editor pastes with its formatting) and as plain text. Where
 * the Clipboard API is missing, it copies the preview's selection the old way.
 */
import { wechat as t } from '../../i18n/ui.ts';
import { defineIsland } from '../island.ts';
import { wechatCopyHooks as hooks } from './hooks.ts';

function mount(root: HTMLElement): void {
  const button = hooks.find<HTMLButtonElement>(root, 'copy-button');
  const status = hooks.find(root, 'copy-status');
  const frame = document.querySelector<HTMLIFrameElement>(hooks.selector('preview'));
  button.hidden = false;

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
      const text = new DOMParser().parseFromString(html, 'text/html').body.innerText;
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
