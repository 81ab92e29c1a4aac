/**
 * Registers the service worker (src/client/service-worker.ts) that keeps a copy of the
 * site for offline use. It waits until the page has loaded and the browser is idle, so
 * it never competes with reading, and skips phones that asked to save data. When a new
 * build takes over, the page reloads once, so it never mixes files of two builds.
 */
const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

if (import.meta.env.PROD && 'serviceWorker' in navigator && !saveData) {
  const updating = Boolean(navigator.serviceWorker.controller);
  let reloaded = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!updating || reloaded) return;
    reloaded = true;
    window.location.reload();
  });
  const register = () => {
    navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
      // Every visit asks once whether a new build is out (registering again does not).
      .then((registration) => (updating ? registration.update() : undefined))
      .catch(() => {
        // No service worker (file://, a blocked host) or offline: the site still works.
      });
  };
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 5000 }) : setTimeout(register, 2000));
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}

export {};
