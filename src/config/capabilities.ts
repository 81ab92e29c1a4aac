/**
 * What a build of the site can do where it runs. The website and the kiosk are the same
 * pages built for two places: a page asks for the ability it needs, never which build it is.
 */
export interface Capabilities {
  /** tel: links dial: on a phone, yes; the kiosk's touch screen has no phone line, so numbers are text. */
  dial: boolean;
  /** Links to other sites open; where the visitor must stay on the site (the kiosk), they show a QR code to scan with one's own phone. */
  outsideLinks: 'open' | 'qr';
  /** A service worker keeps an offline copy; the kiosk is served by its own local server and needs none. */
  offlineCopy: boolean;
  /** Pages and fragments for 公众号 editors: nobody edits a post at a kiosk. */
  wechatExport: boolean;
  /** Links to the printables from the pages they summarise: a kiosk has no printer for its visitors. */
  print: boolean;
  /** The touch-screen shell: the attract screen at /kiosk/, the home button, the idle reset and larger targets. */
  touchScreen: boolean;
}

export type BuildVariant = 'website' | 'kiosk';

const CAPABILITIES: Record<BuildVariant, Capabilities> = {
  website: { dial: true, outsideLinks: 'open', offlineCopy: true, wechatExport: true, print: true, touchScreen: false },
  kiosk: { dial: false, outsideLinks: 'qr', offlineCopy: false, wechatExport: false, print: false, touchScreen: true },
};

export function capabilitiesOf(variant: BuildVariant): Capabilities {
  return CAPABILITIES[variant];
}
