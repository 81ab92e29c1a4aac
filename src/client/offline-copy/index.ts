import { readableSize } from '../../lib/offline/size.ts';
import { fill } from '../../lib/template.ts';
import { defineIsland } from '../island.ts';
import { registerWorker } from '../offline.ts';
import { offlineCopyData, offlineCopyHooks as hooks } from './hooks.ts';

/**
 * "保存离线版，没网也能看": the reader asks the service worker (src/client/service-worker.ts)
 * to save the offline copy, after reading what it costs. Where the browser has no service
 * worker (WeChat's in-app browser on iPhones), the control stays hidden and the page says
 * to open the site in the phone's browser.
 */
interface Reply {
  saved: boolean;
}

/** Asks the worker controlling this page; resolves with its reply. */
async function ask(type: string): Promise<Reply> {
  const registration = await navigator.serviceWorker.ready;
  const worker = navigator.serviceWorker.controller ?? registration.active;
  if (!worker) throw new Error('No service worker is running');
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<Reply>) => resolve(event.data);
    worker.postMessage({ type }, [channel.port2]);
  });
}

function mount(root: HTMLElement): void {
  const data = offlineCopyData.read(root);
  const control = hooks.find(root, 'offline-copy-control');
  const button = hooks.find<HTMLButtonElement>(root, 'offline-copy-save');
  const size = hooks.find(root, 'offline-copy-size');
  const state = hooks.find(root, 'offline-copy-state');
  if (!('serviceWorker' in navigator) || typeof MessageChannel === 'undefined') {
    hooks.find(root, 'offline-copy-unsupported').hidden = false;
    return;
  }
  control.hidden = false;
  const say = (text: string) => {
    state.textContent = text;
    state.hidden = text === '';
  };
  // The size comes from the build, so it shows before the worker is even installed.
  fetch(data.sizeFile)
    .then((response) => response.json() as Promise<{ gzip: number }>)
    .then(({ gzip }) => (size.textContent = fill(data.size, { size: readableSize(gzip) })))
    .catch(() => undefined);
  const showSaved = () => {
    button.hidden = true;
    size.hidden = true;
    say(data.saved);
  };
  // Already saved on an earlier visit: say so, without waiting for a worker that may not start.
  navigator.serviceWorker
    .getRegistration()
    .then((registration) => (registration?.active ? ask('offline-copy:status') : null))
    .then((reply) => reply?.saved && showSaved())
    .catch(() => undefined);
  button.addEventListener('click', () => {
    button.disabled = true;
    say(data.saving);
    registerWorker();
    ask('offline-copy:save')
      .then((reply) => (reply.saved ? showSaved() : say(data.failed)))
      .catch(() => say(data.failed))
      .finally(() => (button.disabled = false));
  });
}

defineIsland('save-offline-copy', mount);
