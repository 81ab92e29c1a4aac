/**
 * The square mark the site is known by outside its pages: the browser tab, the home-screen
 * icons and the share card. An edition's own logo sits on a white tile (a logo can be any
 * shape; an icon is a square); without one, the site's default mark in the brand colour.
 */

/** The default mark: a parcel behind a shield with a tick, on the brand colour. */
export function defaultMark(colour: string): string {
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">' +
    `<rect width="32" height="32" rx="6" fill="${colour}"/>` +
    '<rect x="5" y="9" width="22" height="17" rx="2" fill="#fff" opacity=".25"/>' +
    '<path d="M16 4.5 L25 8 v6 c0 5-4 8-9 10 c-5-2-9-5-9-10 V8z" fill="#fff"/>' +
    `<path d="M12 14.5 l3 3 l5-5" fill="none" stroke="${colour}" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>` +
    '</svg>'
  );
}

/**
 * A logo (any SVG file's text) placed on a square white tile with a margin, as one SVG.
 * The logo becomes a nested <svg> that keeps its own viewBox, so it scales into the tile
 * whatever size it was drawn at.
 */
export function logoOnTile(logo: string): string {
  const start = logo.search(/<svg[\s>]/);
  if (start < 0) throw new Error('logoOnTile: the logo has no <svg> element');
  const body = logo.slice(start).trim();
  const openEnd = body.indexOf('>');
  let open = body.slice(0, openEnd);
  const rest = body.slice(openEnd);
  const size = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([\\d.]+)(?:px)?["']`).exec(open)?.[1];
  if (!/\sviewBox\s*=/.test(open)) {
    const [width, height] = [size('width'), size('height')];
    if (width && height) open += ` viewBox="0 0 ${width} ${height}"`;
  }
  open = open.replace(/\s(?:x|y|width|height)\s*=\s*(["'])[^"']*\1/g, '');
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">' +
    '<rect width="64" height="64" rx="12" fill="#ffffff"/>' +
    `${open} x="6" y="6" width="52" height="52"${rest}` +
    '</svg>'
  );
}
