/** Whether this build is the kiosk variant (KIOSK=true), and its idle timeout. */
export { KIOSK as isKiosk, KIOSK_IDLE_SECONDS as kioskIdleSeconds } from 'astro:env/client';
