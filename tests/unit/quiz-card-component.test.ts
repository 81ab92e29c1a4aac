import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ResultCard from '../../src/components/quiz/ResultCard.astro';
import jsQR from 'jsqr';
import { decodeMatrix, type QrMatrix } from '../../src/lib/qr.ts';

const props = {
  id: 'quiz-card',
  siteUrl: 'https://example.org/',
  siteName: '快递面单防骗课堂',
  colour: '#0b5cad',
  rules: ['不加陌生“客服”的微信', '不点对方发来的链接', '理赔只走官方渠道'],
  strings: {
    title: '我的防骗测验成绩',
    rulesTitle: '记住这三条',
    qrLabel: '二维码：扫码打开快递面单防骗课堂',
    save: '生成图片',
    saveHint: '生成后长按图片即可保存',
    imageAlt: '防骗测验成绩卡：{total} 题答对 {score} 题',
  },
};

/** Undoes the HTML escaping Astro applies to attribute values. */
const unescape = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const attr = (html: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(html);
  return m ? unescape(m[1]!) : undefined;
};

/** What a phone's scanner reads from a QR matrix drawn 4 pixels a module, with the quiet zone. */
function decode(matrix: QrMatrix): string | undefined {
  const scale = 4;
  const size = (matrix.length + 8) * scale;
  const pixels = new Uint8ClampedArray(size * size * 4).fill(255);
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) pixels.fill(0, (((y + 4) * scale + dy) * size + (x + 4) * scale + dx) * 4, (((y + 4) * scale + dy) * size + (x + 4) * scale + dx) * 4 + 3);
    }),
  );
  return jsQR(pixels, size, size)?.data;
}

/** The modules an SVG path of "M x y h w v1 h -w z" runs covers, as a matrix. */
function fromPath(d: string, size: number): QrMatrix {
  const matrix = Array.from({ length: size }, () => Array.from({ length: size }, () => false));
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)/g)) for (let i = 0; i < Number(w); i++) matrix[Number(y)]![Number(x) + i] = true;
  return matrix;
}

let html = '';
beforeAll(async () => {
  const container = await AstroContainer.create();
  html = await container.renderToString(ResultCard, {
    props,
    slots: { default: '<p class="extra">分享给家人</p>' },
  });
});

describe('ResultCard', () => {
  const data = () => JSON.parse(attr(html, 'data-card') ?? '{}') as Record<string, string>;

  it('renders the card root with the data its image is drawn from', () => {
    expect(html).toMatch(/<figure[^>]*class="result-card[^"]*"[^>]*data-result-card/);
    expect(attr(html, 'id')).toBe('quiz-card');
    expect(data()).toMatchObject({ siteUrl: props.siteUrl, siteName: props.siteName, colour: props.colour, imageAlt: props.strings.imageAlt });
  });

  it('hands the image a QR code that a scanner reads as the site address', () => {
    expect(decode(decodeMatrix(data()['qr'] ?? ''))).toBe(props.siteUrl);
  });

  it('draws a QR code that a scanner reads as the site address, as an accessible image with a quiet zone, black on white', () => {
    const svg = /<svg[^>]*>[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    const n = Number(attr(svg, 'viewBox')?.split(' ')[2]) - 8;
    expect(decode(fromPath(attr(svg, 'd') ?? '', n))).toBe(props.siteUrl);
    expect(attr(svg, 'role')).toBe('img');
    expect(attr(svg, 'aria-label')).toBe(props.strings.qrLabel);
    expect(attr(svg, 'viewBox')).toBe(`-4 -4 ${n + 8} ${n + 8}`);
    expect(svg).toMatch(/<rect[^>]*fill="#fff"/);
    expect(svg).toMatch(/<path[^>]*d="M[^"]+"[^>]*fill="#000"/);
    expect(html).toContain(`>${props.siteUrl}</p>`);
  });

  it('lists the three rules under a labelled <ol>', () => {
    const ol = /<ol[^>]*>([\s\S]*?)<\/ol>/.exec(html);
    expect(ol).not.toBeNull();
    expect(ol![1]!.match(/<li/g)).toHaveLength(3);
    expect(attr(ol![0], 'aria-labelledby')).toBe('quiz-card-rules');
    expect(html).toMatch(/id="quiz-card-rules"[^>]*>记住这三条</);
    for (const rule of props.rules) expect(unescape(html)).toContain(rule);
  });

  it('has the empty score line, image slot, save button and the slot content', () => {
    expect(html).toMatch(/<p class="score[^"]*" data-card-score[^>]*><\/p>/);
    expect(html).toMatch(/<div[^>]*data-card-image[^>]*><\/div>/);
    expect(html).toMatch(/<button type="button"[^>]*data-card-save[^>]*aria-describedby="quiz-card-hint"[^>]*>生成图片<\/button>/);
    expect(html).toContain('<p class="extra">分享给家人</p>');
    expect(html).toContain(props.strings.title);
  });

  it('has no inline styles or scripts (strict CSP)', () => {
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/<script/);
  });
});
