/**
 * The sizes of the images the build draws (src/integration/images/), which pages also state
 * in their share tags.
 */

/** Article covers: 2.35:1 for WeChat's wide cover, and the square thumbnail. */
export const COVER_SIZES = { wide: { width: 900, height: 383 }, square: { width: 600, height: 600 } } as const;
export type CoverShape = keyof typeof COVER_SIZES;

/** The site's share card, for pages without a cover of their own (Open Graph's 1200×630). */
export const SHARE_CARD = { path: '/icons/share-card.png', width: 1200, height: 630 } as const;

/** The app icons (manifest, home screen, browser tab): the logo at each size. */
export const ICON_SIZES = { 'favicon-32': 32, 'apple-touch-icon': 180, 'icon-192': 192, 'icon-512': 512 } as const;

/** Least width of the QR code PNGs (WeChat's editor takes no SVG); each module is a whole number of pixels. */
export const QR_PNG_WIDTH = 360;
