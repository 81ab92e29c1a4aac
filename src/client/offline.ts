import { pageHoldsUnsavedWork } from './unsaved-work.ts';

/**
 * Registers the service worker (src/client/service-worker.ts) that keeps a copy of the
 * site for offline use. It waits until the page has loaded and the browser is idle, so
 * it never competes with reading, and skips phones that asked to save data.
 *
 * When a new build takes over, no page is reloaded: the worker keeps the files of the build
 * this page came from, so it goes on working, and the next page opened is the new version.
 * A page holding the reader's work (src/client/unsaved-work.ts) says quietly that a new
 * version is there, and reloads only when the reader taps it.
 */
const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

function offerUpdate(): void {
  const notice = document.querySelector<HTMLElement>('[data-update-ready]');
  if (!notice || !pageHoldsUnsavedWork()) return;
  notice.hidden = false;
  notice.querySelector('button')?.addEventListener('click', () => window.location.reload(), { once: true });
}

let registered = false;

/**
 * Registers the worker, once per page. Called on idle after a first visit, or at once when
 * the reader asks to save the offline copy (src/client/offline-copy/), Save-Data or not: they asked.
 */
export function registerWorker(): void {
  if (registered || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  registered = true;
  navigator.serviceWorker
    .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
    // Every visit asks once whether a new build is out (registering again does not).
    .then((registration) => (navigator.serviceWorker.controller ? registration.update() : undefined))
    .catch(() => {
      // No service worker (file://, a blocked host) or offline: the site still works.
    });
}

// Only pages built with offline support say so (src/layouts/Document.astro): not the kiosk, whose
// local server has every file, nor the printables and the embedded quiz, which run this file too.
if ('serviceWorker' in navigator && document.documentElement.hasAttribute('data-offline-copy')) {
  // The first worker to control a page that loaded without one is this page's own build, not an update.
  let controlled = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) offerUpdate();
    controlled = true;
  });
  // Where a worker can run, the menu offers the offline copy (src/components/layout/SiteHeader.astro).
  for (const link of document.querySelectorAll<HTMLElement>('[data-offline-copy-link]')) link.hidden = false;
  if (!saveData) {
    const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(registerWorker, { timeout: 5000 }) : setTimeout(registerWorker, 2000));
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
  }
}

