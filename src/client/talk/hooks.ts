import { defineHooks } from '../hooks.ts';

/** The talk deck's contract (TalkDeck.astro and ./index.ts): its slides, their notes and the bar's controls. */
export const talkHooks = defineHooks('talk-deck', ['deck-static', 'slide', 'slide-frame', 'notes', 'deck-bar', 'deck-keys', 'deck-number', 'deck-prev', 'deck-next', 'deck-notes', 'deck-fullscreen', 'deck-presenter', 'presenter-info', 'clock', 'elapsed', 'next-label'] as const);
