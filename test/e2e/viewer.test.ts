/**
 * End to end: the built page served by the real viewer server over the real Neo4j (loaded with the bundled
 * corpus), driven in Debian's Chromium. Each step leaves a screenshot in test/artifacts/e2e/ for people to
 * look at. The page must not log a console error on the way (except the one 422 of the refused write).
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';
import { startTestViewer, type TestViewer } from '../support/viewer.ts';
import { testConfig } from '../support/neo4j.ts';
import { inkPixels, launchChromium } from './support/browser.ts';
import { ensurePageBuilt } from './support/build.ts';

const ARTIFACTS = path.join(PROJECT_ROOT, 'test', 'artifacts', 'e2e');
const CORPUS = path.join(PROJECT_ROOT, 'data', 'corpus');
const squash = (s: string) => s.replace(/[\s*_]+/g, ' ').trim();
const corpusText = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.md') && f !== 'SOURCES.md')
  .map((f) => squash(readFileSync(path.join(CORPUS, f), 'utf8')))
  .join('\n');

let viewer: TestViewer;
let browser: Browser;
let page: Page;
const errors: string[] = [];
let shot = 0;

async function snap(name: string): Promise<void> {
  shot += 1;
  await page.screenshot({ path: path.join(ARTIFACTS, `${String(shot).padStart(2, '0')}-${name}.png`) });
}

function onConsole(message: ConsoleMessage): void {
  if (message.type() !== 'error') return;
  const expectedRefusal =
    /status of 422/.test(message.text()) && message.location().url.endsWith('/api/cypher');
  if (!expectedRefusal) errors.push(`console: ${message.text()} (${message.location().url})`);
}

describe('viewer in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await ensurePageBuilt();
    viewer = await startTestViewer();
    browser = await launchChromium(testConfig().chromium);
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on('console', onConsole);
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    await page.goto(viewer.url);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await viewer?.close();
  });

  it('draws the network and shows its size', async () => {
    await expect
      .poll(() => page.locator('#graph-stats').textContent(), { timeout: 20_000 })
      .toMatch(/[1-9]\d* nodes/);
    await page.waitForTimeout(1500); // a few layout frames
    const { ink, total } = await inkPixels(page, await page.locator('#sigma-container').screenshot());
    expect(ink / total).toBeGreaterThan(0.005);
    await snap('network');
  });

  it('finds Pegasus and shows evidence quoting the corpus', async () => {
    await page.locator('#search-input').fill('Pegasus');
    const hit = page.locator('[role="option"]', { hasText: 'Pegasus' }).first();
    await hit.waitFor({ timeout: 10_000 });
    await snap('search-pegasus');
    await hit.click();
    await expect
      .poll(() => page.locator('#details .entity-name').textContent(), { timeout: 10_000 })
      .toBe('Pegasus');
    const quotes = page.locator('#details ol.evidence blockquote');
    await quotes.first().waitFor({ timeout: 10_000 });
    const texts = (await quotes.allTextContents()).map(squash);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.some((t) => t.length > 20 && corpusText.includes(t))).toBe(true);
    await snap('pegasus-evidence');
  });

  it('opens the document with the quote highlighted', async () => {
    const quote = squash((await page.locator('#details ol.evidence blockquote').first().textContent()) ?? '');
    await page.locator('#details ol.evidence').getByRole('button', { name: 'Open document' }).first().click();
    await page.locator('#reader[open]').waitFor({ timeout: 10_000 });
    const highlighted = page.locator('#reader-body .quote');
    await highlighted.first().waitFor({ timeout: 10_000 });
    expect(await highlighted.first().isVisible()).toBe(true);
    expect(squash((await page.locator('#reader-body').textContent()) ?? '')).toContain(quote);
    expect(await page.locator('#reader-body mark').count()).toBeGreaterThan(0);
    await snap('document-highlight');
    await page.locator('#reader-close').click();
    await page
      .locator('#reader[open]')
      .waitFor({ state: 'detached', timeout: 5_000 })
      .catch(() => undefined);
  });

  it('runs a saved query with a parameter and highlights its subgraph', async () => {
    await page.locator('#tab-queries').click();
    await page.locator('[data-query="surveillance-chain"]').click();
    const input = page.locator('.q-field[data-param="technology"] input');
    await input.fill('Pegasus');
    await page.locator('.q-run').click();
    const items = page.locator('.q-result-list li');
    await items.first().waitFor({ timeout: 20_000 });
    expect(await items.count()).toBeGreaterThan(0);
    const names = await page.locator('.q-result-list [data-node]').allTextContents();
    expect(names).toContain('Pegasus');
    await expect.poll(() => page.locator('#highlight-banner').isVisible()).toBe(true);
    await expect.poll(() => page.evaluate<string>('location.hash')).toContain('q=surveillance-chain');
    await snap('saved-query');
  });

  it('refuses a write query in the console and changes nothing', async () => {
    const before = await viewer.api.health();
    await page.locator('#tab-console').click();
    const editor = page.locator('#panel-console .cm-content');
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('CREATE (n:X) RETURN n');
    await page.keyboard.press('Control+Enter');
    const refusal = page.locator('.c-refused');
    await refusal.waitFor({ timeout: 10_000 });
    expect(await refusal.textContent()).toMatch(/Refused/);
    const after = await viewer.api.health();
    expect(after.counts?.nodes).toBe(before.counts?.nodes);
    await snap('console-refused');
  });

  it('steps through the sample storyboard with the arrow keys', async () => {
    await page.locator('#tab-story').click();
    await page.locator('[data-play="nosc-ogp-pegasus"]').click();
    const overlay = page.locator('#story-overlay');
    await overlay.waitFor({ state: 'visible', timeout: 10_000 });
    await expect.poll(() => page.locator('.story-counter').textContent()).toMatch(/^1 \/ \d+$/);
    await expect.poll(() => page.evaluate<string>('document.body.dataset.mode')).toBe('presentation');
    await page.waitForTimeout(800);
    await snap('story-step-1');
    const captions = [await page.locator('.story-caption').textContent()];
    for (const n of [2, 3]) {
      await page.keyboard.press('ArrowRight');
      await expect
        .poll(() => page.locator('.story-counter').textContent())
        .toMatch(new RegExp(`^${n} / \\d+$`));
      captions.push(await page.locator('.story-caption').textContent());
      await page.waitForTimeout(800);
      await snap(`story-step-${n}`);
    }
    expect(new Set(captions).size).toBe(3);
    expect(await page.locator('.story-sources li').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate<string>('document.body.dataset.mode')).toBe('explore');
  });

  it('logged no console errors', () => {
    expect(errors).toEqual([]);
  });
});
