/**
 * Draws the quiz result card as a PNG (WeChat saves images by long-press, not pages).
 * Kept small on purpose: it ships inside the quiz bundle. Colours are fixed light-theme
 * values (and the edition's brand colour) so the saved image and its QR code look the same
 * whatever the phone's theme.
 */
import { decodeMatrix } from '../../lib/qr.ts';
import { quizHooks, resultCardData } from './hooks.ts';

const FONT = 'system-ui, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';
const BG = '#fdfcf8';
const TEXT = '#1d1d1b';
const MUTED = '#4f4d46';
const LINE = '#c9c5b8';
const W = 720;
const MIN_H = 1040;
const PAD = 56;
const QR_BOX = 220;
/** Characters that must not start a line: they hang at the end of the previous one. */
const NO_START = '，。、；：！？）》」』”’,.;:!?)%';

/**
 * Greedy line breaking that works for Chinese (any character may break) while keeping runs
 * of Latin letters and digits (“APP”, “96110”, URLs) whole unless one alone is too wide.
 * Widths are the sum of `measure` over single characters. '\n' forces a break.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  if (text === '') return [];
  const width = (s: string) => Array.from(s).reduce((sum, c) => sum + measure(c), 0);
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    const tokens = para.match(/[\w@#&+\-./:=?~]+|./gu) ?? [];
    let line = '';
    let used = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const w = width(token);
      if (w > maxWidth && token.length > 1) {
        tokens.splice(i + 1, 0, ...Array.from(token));
        continue;
      }
      if (used + w > maxWidth && line) {
        if (token.length === 1 && NO_START.includes(token)) {
          lines.push(line + token);
          line = '';
          used = 0;
          continue;
        }
        lines.push(line.trimEnd());
        line = '';
        used = 0;
      }
      if (!line && token === ' ') continue;
      line += token;
      used += w;
    }
    if (line || !lines.length || para === '') lines.push(line);
  }
  return lines;
}

export interface CardImageOptions {
  score: number;
  total: number;
  siteName: string;
  siteUrl: string;
  /** The edition's brand colour: the score, the numbers and the top band. */
  accent: string;
  title: string;
  rules: string[];
  /** Dark-module matrix, no quiet zone (decodeMatrix of the card's data-qr). */
  qr: boolean[][];
  /** Heading above the rules, e.g. 记住这三条. Optional. */
  rulesTitle?: string;
  /** Device pixels per CSS pixel; default 2. */
  scale?: number;
}

/** Draws the card (720 CSS px wide, at least 1040 tall) and returns a PNG data URL. */
async function drawCardImage(o: CardImageOptions): Promise<string> {
  await document.fonts?.ready;
  const s = o.scale ?? 2;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  const font = (px: number, bold = false) => `${bold ? 700 : 400} ${px}px ${FONT}`;
  const wrap = (text: string, px: number, bold: boolean, max: number) => {
    ctx.font = font(px, bold);
    return wrapText(text, max, (c) => ctx.measureText(c).width);
  };

  // Layout first (setting the canvas size resets the context), then draw. Ys are baselines.
  const inner = W - PAD * 2;
  const titleLines = wrap(o.title, 40, true, inner);
  const ruleLines = o.rules.map((rule) => wrap(rule, 28, false, inner - 48));
  const rulesTop = 112 + titleLines.length * 52 + 164;
  const rulesEnd =
    rulesTop + (o.rulesTitle ? 52 : 0) + ruleLines.reduce((sum, lines) => sum + lines.length * 42 + 14, 0);
  const h = Math.max(MIN_H, Math.ceil(rulesEnd + 24 + QR_BOX + 100));
  canvas.width = W * s;
  canvas.height = h * s;
  ctx.scale(s, s);

  const text = (t: string, x: number, y: number, px: number, color: string, bold = false, align: CanvasTextAlign = 'left') => {
    ctx.font = font(px, bold);
    ctx.fillStyle = color;
    ctx.textAlign = align;
    ctx.fillText(t, x, y);
  };

  ctx.fillStyle = BG;
  ctx.fillRect(0, 0, W, h);
  ctx.fillStyle = o.accent;
  ctx.fillRect(0, 0, W, 14);

  text(o.siteName, PAD, 84, 28, MUTED, true);
  let y = 112;
  for (const line of titleLines) text(line, PAD, (y += 52) - 12, 40, TEXT, true);
  text(`${o.score} / ${o.total}`, PAD, y + 116, 104, o.accent, true);

  y = rulesTop;
  ctx.fillStyle = LINE;
  ctx.fillRect(PAD, y - 24, inner, 2);
  if (o.rulesTitle) text(o.rulesTitle, PAD, (y += 52) - 14, 30, TEXT, true);
  ruleLines.forEach((lines, i) => {
    text(`${i + 1}.`, PAD, y + 32, 28, o.accent, true);
    for (const line of lines) text(line, PAD + 48, (y += 42) - 10, 28, TEXT);
    y += 14;
  });

  // QR at the bottom: quiet zone of 4 modules, modules snapped to whole device pixels so
  // no seams show between them.
  const n = o.qr.length;
  const m = Math.max(1, Math.floor((QR_BOX * s) / (n + 8))) / s;
  const box = m * (n + 8);
  const qx = Math.round(((W - box) / 2) * s) / s;
  const qy = Math.round((h - 100 - box) * s) / s;
  ctx.fillStyle = '#fff';
  ctx.fillRect(qx, qy, box, box);
  ctx.fillStyle = '#000';
  o.qr.forEach((row, r) => {
    row.forEach((dark, c) => {
      if (dark) ctx.fillRect(qx + (c + 4) * m, qy + (r + 4) * m, m, m);
    });
  });
  text(o.siteUrl, W / 2, qy + box + 42, 22, MUTED, false, 'center');

  return canvas.toDataURL('image/png');
}

/**
 * Glue for ResultCard.astro: draws the card from the data its component hands it and its
 * <li> rules, and puts the PNG (with its alt text) beside the card, replacing any earlier one.
 */
export async function showCardImage(card: HTMLElement, score: number, total: number): Promise<HTMLImageElement> {
  const data = resultCardData.read(card);
  const img = new Image();
  img.src = await drawCardImage({
    score,
    total,
    siteName: data.siteName,
    siteUrl: data.siteUrl,
    accent: data.colour,
    title: data.title,
    rulesTitle: data.rulesTitle,
    rules: Array.from(card.querySelectorAll('ol li'), (li) => li.textContent?.trim() ?? ''),
    qr: decodeMatrix(data.qr),
  });
  img.alt = data.imageAlt.replace('{score}', String(score)).replace('{total}', String(total));
  quizHooks.find(card, 'card-image').replaceChildren(img);
  return img;
}
