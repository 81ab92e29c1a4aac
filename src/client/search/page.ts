/** /search/ defines <search-panel> on arrival, so a link or a QR code can open a search (see ./panel.ts). */
import './panel.ts';
