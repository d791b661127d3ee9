// Draws the application icon (resources/icons/icon.svg) into the PNG sizes
// Linux desktops use and a Windows .ico, by rendering the SVG in headless
// Chromium. Run once after changing the SVG; the images are committed.
//   npx tsx scripts/make-icons.mts
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { icoFromPngs } from './ico';

const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, 'resources/icons');
/** Linux icon theme sizes (electron-builder reads NxN.png from the folder). */
const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
/** Sizes Windows picks from for title bars, the taskbar, Explorer and the installer. */
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

const svg = await readFile(path.join(dir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true });
try {
  const page = await browser.newPage();
  const pngs = new Map<number, Buffer>();
  for (const size of PNG_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const html = `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`;
    await page.setContent(html);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    pngs.set(size, png);
    await writeFile(path.join(dir, `${size}x${size}.png`), png);
  }
  await writeFile(path.join(dir, 'icon.ico'), icoFromPngs(ICO_SIZES.map((size) => ({ size, png: pngs.get(size)! }))));
  console.log(`icons: ${PNG_SIZES.join(', ')} px PNG and icon.ico (${ICO_SIZES.join(', ')}) in ${path.relative(root, dir)}`);
} finally {
  await browser.close();
}
