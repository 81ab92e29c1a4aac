/**
 * How Chromium is started on a kiosk: full screen with no way out (--kiosk), nothing kept
 * between visitors (--incognito), no dialogs, translate bar, pinch zoom, swipe-back,
 * first-run or crash bubbles, and no calls home. scripts/serve.mjs prints the command;
 * deploy/kiosk/fangpian-kiosk-browser.service runs it (tests/dist/kiosk-service.test.ts
 * checks the two agree).
 */
export const KIOSK_CHROMIUM_FLAGS = [
  '--kiosk',
  '--incognito',
  '--noerrdialogs',
  '--disable-translate',
  '--disable-features=TranslateUI',
  '--disable-pinch',
  '--overscroll-history-navigation=0',
  '--no-first-run',
  '--disable-session-crashed-bubble',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
