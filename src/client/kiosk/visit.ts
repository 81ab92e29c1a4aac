import { kioskIdleData } from './hooks.ts';

/**
 * Each visitor's pages belong to their visit. Page code cannot clear the browser's history,
 * so the attract screen starts a new visit (a token in sessionStorage), every kiosk page
 * notes the visit it was opened in (in its history entry), and a page shown again from an
 * earlier visit, by Back or from the back-forward cache, goes straight to the attract
 * screen: the next visitor never sees what the last one read or typed.
 */
const VISIT_KEY = 'kiosk-visit';

interface Entry {
  kioskVisit?: string;
}

function currentVisit(): string | null {
  try {
    return sessionStorage.getItem(VISIT_KEY);
  } catch {
    return null;
  }
}

function startVisit(): string {
  const token = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  try {
    sessionStorage.setItem(VISIT_KEY, token);
  } catch {
    // Storage off: every page is its own visit.
  }
  return token;
}

const idle = document.querySelector('kiosk-idle');
const home = idle ? kioskIdleData.read(idle).home : null;

function check(): void {
  if (!home) return;
  if (window.location.pathname === home) {
    // The attract screen: whoever is here now is a new visitor.
    startVisit();
    return;
  }
  const visit = currentVisit() ?? startVisit();
  const entry = (history.state ?? {}) as Entry;
  if (entry.kioskVisit === visit) return;
  // Reached by Back or Forward, a page never noted (left before its script ran) is as old as any.
  if (entry.kioskVisit !== undefined || cameBackOrForward()) window.location.replace(home);
  else history.replaceState({ ...entry, kioskVisit: visit }, '');
}

function cameBackOrForward(): boolean {
  const [navigation] = (performance.getEntriesByType?.('navigation') ?? []) as PerformanceNavigationTiming[];
  if (navigation) return navigation.type === 'back_forward';
  // Older webviews (Safari 14) have only the first Navigation Timing: 2 is back or forward.
  return (performance as Performance & { navigation?: { type: number } }).navigation?.type === 2;
}

check();
// A page restored from the back-forward cache runs no script again: check on showing it.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) check();
});
