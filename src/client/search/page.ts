/** /search/ runs the panel on arrival (see SearchPanel in panel.ts), so a link or a QR code can open a search. */
import './panel.ts';
