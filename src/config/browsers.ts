/**
 * The oldest browsers the site is built for: WeChat's in-app browser on older Android
 * phones (Chromium 87) and iOS 14's WKWebView (Safari 14). Every bundle the build makes
 * (Vite's scripts and styles, the inline reading-settings script, the service worker) is
 * compiled for these.
 */
export const BROWSER_TARGETS = ['chrome87', 'safari14'];

/**
 * The same browsers as a language level, for code that esbuild will not lower per browser:
 * it refuses to lower Workbox's destructuring for "safari14", which runs it anyway.
 */
export const LANGUAGE_TARGET = 'es2019';
