/**
 * Debian's Chromium driven by playwright-core, headless, with software WebGL (SwiftShader through ANGLE)
 * so sigma draws without a GPU. Shared by the e2e test and `npm run bench:viz`.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
];

/**
 * Launches Chromium from `executablePath` (config.chromium); a clear error when it is not installed.
 * @example
 * const browser = await launchChromium(testConfig().chromium);
 */
export async function launchChromium(executablePath: string): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `e2e: Chromium not found at ${executablePath}. Install it with \`apt-get install -y chromium\` or set KG_CHROMIUM.`,
    );
  }
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Counts the pixels of a PNG screenshot that differ from its most common colour (the background), by
 * decoding it in the page itself (no image library in Node).
 * @example
 * const ink = await inkPixels(page, await page.locator('#sigma-container').screenshot());
 */
export async function inkPixels(page: Page, png: Buffer): Promise<{ ink: number; total: number }> {
  // A string, because this runs in the page (DOM types are not part of the Node project).
  const decode = `(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const counts = new Map();
    for (let i = 0; i < data.length; i += 4) {
      const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const background = Math.max(...counts.values());
    return { ink: data.length / 4 - background, total: data.length / 4 };
  })(${JSON.stringify(png.toString('base64'))})`;
  return page.evaluate<{ ink: number; total: number }>(decode);
}
