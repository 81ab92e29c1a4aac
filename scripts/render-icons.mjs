// Renders the PNG app icons and the share card from public/favicon.svg with the same
// headless Chromium the tests use. Run by hand after changing the logo:
//   node scripts/render-icons.mjs
// The PNGs are committed, so building the site never needs a browser.
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const svg = await readFile(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage();

async function shoot(html, width, height, file) {
  await page.setViewportSize({ width, height });
  await page.setContent(`<!doctype html><html><body style="margin:0">${html}</body></html>`);
  await writeFile(new URL(`../public/${file}`, import.meta.url), await page.screenshot({ type: 'png' }));
  console.log('wrote', file);
}

const square = (size) => `<div style="width:${size}px;height:${size}px">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</div>`;
await shoot(square(180), 180, 180, 'icons/apple-touch-icon.png');
await shoot(square(192), 192, 192, 'icons/icon-192.png');
await shoot(square(512), 512, 512, 'icons/icon-512.png');
await shoot(square(32), 32, 32, 'icons/favicon-32.png');
await shoot(
  `<div style="width:1200px;height:630px;box-sizing:border-box;padding:80px;background:#0b5cad;color:#fff;font-family:'Noto Sans CJK SC','PingFang SC',sans-serif;display:flex;flex-direction:column;justify-content:center;gap:32px">
     <div style="width:140px;height:140px">${svg.replace('<svg ', '<svg width="140" height="140" ')}</div>
     <div style="font-size:88px;font-weight:700;line-height:1.2">快递面单防骗课堂</div>
     <div style="font-size:44px;line-height:1.4">“快递丢了,加V退钱”?先挂断,再核实</div>
   </div>`,
  1200,
  630,
  'icons/share-card.png',
);
await browser.close();
