import { edition, editionLogoSvg } from '../../config/edition.ts';
import { defaultMark, logoOnTile } from '../../lib/share/app-mark.ts';

/** The square mark for the browser tab, the app icons and the share card: the edition's logo on a tile, or the default mark in its colour. */
export function editionMarkSvg(): string {
  const logo = editionLogoSvg();
  return logo ? logoOnTile(logo) : defaultMark(edition.colour);
}
