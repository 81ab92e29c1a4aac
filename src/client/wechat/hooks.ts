import { defineHooks } from '../hooks.ts';

/** The 复制到公众号 page's contract (src/pages/wechat/[slug].astro and ./copy.ts): the fragment to copy, the button, its status and the preview. */
export const wechatCopyHooks = defineHooks('wechat-copy', ['fragment', 'copy-button', 'copy-status', 'preview'] as const);
