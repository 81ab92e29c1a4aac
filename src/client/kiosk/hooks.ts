import { defineHooks, defineIslandData } from '../hooks.ts';

/** The kiosk's idle reset contract (KioskShell.astro and ./idle.ts): the countdown line and the "还在" button. */
export const kioskIdleHooks = defineHooks('kiosk-idle', ['kiosk-count', 'kiosk-stay'] as const);

export interface KioskIdleData {
  /** Seconds without a touch before the screen asks "还在吗？". */
  seconds: number;
  /** The attract screen, where everything starts over. */
  home: string;
  /** "{seconds} 秒后回到首页". */
  countdown: string;
}

export const kioskIdleData = defineIslandData<KioskIdleData>('kiosk-idle');
