import { KIOSK, KIOSK_IDLE_SECONDS } from 'astro:env/client';
import { capabilitiesOf } from './capabilities.ts';

/**
 * What this build can do, for pages and components: the kiosk build is `npm run
 * build:kiosk` (KIOSK=true, see astro.config.mjs). The integration, which runs before
 * astro:env exists, is handed the same variant by astro.config.mjs.
 */
export const capabilities = capabilitiesOf(KIOSK ? 'kiosk' : 'website');

/** Seconds without a touch before a kiosk asks "还在吗？" and then starts over. */
export const kioskIdleSeconds = KIOSK_IDLE_SECONDS;
