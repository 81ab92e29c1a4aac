import { defineTemplate } from './slots.ts';

/**
 * The pages rendered once and written per article by the build (src/integration/), with
 * the slots each needs. A page shows only these slots; to show another article field, add
 * it here and the build must then supply it.
 */

/**
 * /wechat/<slug>/ (src/pages/wechat/[slug].astro). Of its two lists, one has one item and
 * the other none: `archive` (the slug) when the post has images in its body, to download
 * them as a ZIP; otherwise `noImages` (the title), to say there are none.
 */
export const wechatPageTemplate = {
  route: '/wechat/[slug]',
  ...defineTemplate('WeChat page', { text: ['slug', 'title', 'summary'], lists: ['archive', 'noImages'] }),
};

/** /print/articles/<id>/ (src/pages/print/articles/[id].astro). */
export const factSheetTemplate = {
  route: '/print/articles/[id]',
  ...defineTemplate('fact sheet', { text: ['id', 'title'], lists: ['remember'] }),
};
