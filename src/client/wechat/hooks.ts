import { defineHooks } from '../hooks.ts';

/**
 * The 复制到公众号 page's contract (src/pages/wechat/[slug].astro and ./copy.ts): the fragment
 * to copy, the button, its status and the preview; and the rest of the post (title, 摘要,
 * 原文链接), each text with its own copy button, matched by the field's name.
 */
export const wechatCopyHooks = defineHooks('wechat-copy', ['fragment', 'copy-button', 'copy-status', 'preview', 'copy-text', 'copy-field', 'images', 'no-images'] as const);
