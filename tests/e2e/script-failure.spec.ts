import type { Browser, Page } from '@playwright/test';
import { scriptSources } from '../../scripts/lib/html.mjs';
import { DONE_SEGMENT } from '@/lib/routes';
import { startDeadlineMs } from '@/lib/platform/head-script';
import { defaultLocale, locales } from '@/lib/locales';
import { expect, test } from './fixtures';
import { exportedHtml, samplePagesIn, type SamplePage } from './sample-pages';

/**
 * A page whose scripts fail to load, throw while starting, or never arrive must be the page
 * without JavaScript: every step, answer, passage and explanation, and no control that would
 * do nothing. These pages come from their own browser contexts: the suite's guard fails a
 * test on any console error, and a blocked script is meant to make some here.
 */

/** One page of each kind (sample-pages.ts, in English), plus a wizard opened at its done panel. */
function pagesUnderTest() {
  const pages: SamplePage[] = samplePagesIn(defaultLocale);
  const wizard = pages.find(({ kind }) => kind === 'wizard')!;
  const done = `${wizard.route}/${DONE_SEGMENT}`;
  return [...pages, { ...wizard, kind: 'wizard done panel', route: done, exported: done }].map(
    (page) => ({ ...page, html: exportedHtml(page) }),
  );
}

const nextChunks = (html: string) =>
  scriptSources(html).filter((src) => src.startsWith('/_next/static/chunks/'));

/**
 * Which chunks fail on which page: each page's own (those no page before it in the table
 * loads), and each chunk pages share (the framework's, the layout's) on the first page that
 * loads it. A shared chunk failing is the same failure, caught by the same head script, on
 * every page; what differs by page is the no-JavaScript page it falls back to, which its own
 * chunks failing show (a page with none of its own has its last chunk fail).
 */
function chunksToBreak(pages: { html: string }[]): string[][] {
  const tried = new Set<string>();
  return pages.map(({ html }) => {
    const chunks = nextChunks(html);
    const fresh = chunks.filter((chunk) => !tried.has(chunk));
    for (const chunk of chunks) tried.add(chunk);
    return fresh.length > 0 ? fresh : chunks.slice(-1);
  });
}

/** What the page shows: how many of each of these are visible. */
const shown = {
  'step panels': '[data-step-panel]',
  'FAQ answers': '[data-faq-item]',
  'platform passages': '[data-node-body] [data-platform-only]',
  'no-JS explanations': '[data-no-js]',
  headings: 'h1, h2',
  links: 'a[href]',
  // Every button and form field on this site needs JavaScript.
  controls: 'button, input, textarea, select, [data-js-only]',
};
type Shown = Record<keyof typeof shown, number>;

function visibleCounts(page: Page): Promise<Shown> {
  return page.evaluate((selectors) => {
    const counts: Record<string, number> = {};
    for (const [name, selector] of Object.entries(selectors)) {
      counts[name] = [...document.querySelectorAll(selector)].filter((element) =>
        element.checkVisibility({ visibilityProperty: true }),
      ).length;
    }
    return counts as Shown;
  }, shown);
}

/** What each page shows with JavaScript off: the reference a failed start must match. */
async function withoutJavaScript(browser: Browser, route: string, baseURL: string) {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(route);
  const counts = await visibleCounts(page);
  await context.close();
  return counts;
}

/** Loads `route` with `breakChunk` applied to one chunk, until the page has dropped data-js. */
async function loadBroken(page: Page, route: string, chunk: string, breakChunk: 'abort' | 'throw') {
  await page.unrouteAll();
  await page.route(`**${chunk}`, (request) =>
    breakChunk === 'abort'
      ? request.abort()
      : request.fulfill({
          contentType: 'text/javascript',
          body: 'throw new Error("start-up failed")',
        }),
  );
  await page.goto(route);
  await expect(page.locator('html'), `${route} with ${chunk} broken`).not.toHaveAttribute(
    'data-js',
  );
}

/**
 * What the page shows comes to equal its no-JavaScript page: polled, since on a loaded machine
 * the counts can be read while the page is still being painted after the mark went.
 */
async function expectShown(page: Page, expected: Shown, message: string) {
  await expect.poll(() => visibleCounts(page), { message }).toEqual(expected);
}

const pages = pagesUnderTest();
const toBreak = chunksToBreak(pages);

test('across the pages, every chunk any of them loads fails somewhere', () => {
  const loaded = new Set(pages.flatMap(({ html }) => nextChunks(html)));
  expect(new Set(toBreak.flat())).toEqual(loaded);
  for (const [index, { route }] of pages.entries()) {
    expect(toBreak[index]!.length, route).toBeGreaterThan(0);
  }
});

for (const [index, { route, kind, html }] of pages.entries()) {
  test(`${kind} (${route}) is its no-JavaScript page when any of its own scripts fails to load`, async ({
    browser,
    baseURL,
  }) => {
    const expected = await withoutJavaScript(browser, route, baseURL!);
    expect(expected.controls).toBe(0);
    // Every step and the done panel: the shortest flow (from the profile) has three steps.
    if (kind.startsWith('wizard')) expect(expected['step panels']).toBeGreaterThanOrEqual(4);
    if (kind === 'faq') expect(expected['FAQ answers']).toBeGreaterThan(4);
    if (kind === 'checklist') expect(expected['no-JS explanations']).toBe(1);
    expect(nextChunks(html).length).toBeGreaterThan(3);

    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    for (const chunk of toBreak[index]!) {
      await loadBroken(page, route, chunk, 'abort');
      await expectShown(page, expected, `${route} without ${chunk}`);
    }
    await context.close();
  });
}

// Every other edition, sampled (its pages are built by the same components as English's): its
// wizard and its FAQ, each with its own code (the last chunk it loads) failing to arrive.
for (const locale of locales.filter((other) => other !== defaultLocale)) {
  for (const page of samplePagesIn(locale).filter(
    ({ kind }) => kind === 'wizard' || kind === 'faq',
  )) {
    test(`${page.kind} (${page.route}) is its no-JavaScript page when its own code fails to load`, async ({
      browser,
      baseURL,
    }) => {
      const expected = await withoutJavaScript(browser, page.route, baseURL!);
      expect(expected.controls).toBe(0);
      const context = await browser.newContext({ baseURL });
      const tab = await context.newPage();
      const own = scriptSources(exportedHtml(page)).at(-1)!;
      await loadBroken(tab, page.route, own, 'abort');
      await expectShown(tab, expected, `${page.route} without ${own}`);
      await context.close();
    });
  }
}

test('a wizard whose scripts throw while starting, each in turn, shows every step and no buttons', async ({
  browser,
  baseURL,
}) => {
  const wizard = pages.find(({ kind }) => kind === 'wizard')!;
  const expected = await withoutJavaScript(browser, wizard.route, baseURL!);
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Each of the page's chunks in turn evaluates to an exception instead of its code.
  for (const chunk of scriptSources(wizard.html)) {
    await loadBroken(page, wizard.route, chunk, 'throw');
    await expectShown(page, expected, `${chunk} throwing`);
  }
  expect(errors.length).toBeGreaterThan(0);
  await context.close();
});

test('a script that never arrives: after the deadline the page is its no-JavaScript page', async ({
  browser,
  baseURL,
}) => {
  const wizard = pages.find(({ kind }) => kind === 'wizard')!;
  const expected = await withoutJavaScript(browser, wizard.route, baseURL!);
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.clock.install();
  const [chunk] = scriptSources(wizard.html);
  await page.route(`**${chunk}`, () => {}); // held forever
  await page.goto(wizard.route, { waitUntil: 'domcontentloaded' });
  await expect(page.locator('html')).toHaveAttribute('data-js');
  expect((await visibleCounts(page)).controls).toBe(0);
  await page.clock.runFor(startDeadlineMs);
  await expect(page.locator('html')).not.toHaveAttribute('data-js');
  expect(await visibleCounts(page)).toEqual(expected);
  await context.close();
});

test('a slow script: its controls stay unseen until it arrives, then work, and nothing moves', async ({
  page,
}) => {
  const wizard = pages.find(({ kind }) => kind === 'wizard')!;
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const chunks = scriptSources(wizard.html);
  await page.route(`**${chunks.at(-1)}`, async (request) => {
    await held;
    await request.continue();
  });
  await page.goto(wizard.route, { waitUntil: 'domcontentloaded' });
  const next = page.getByRole('button', { name: /Next/ });
  const firstStep = page.locator('[data-step-panel][data-active]');
  await expect(firstStep).toBeVisible();
  const firstId = await firstStep.getAttribute('data-step-panel');
  await expect(next).toBeHidden();
  const before = await firstStep.boundingBox();
  release();
  await expect(next).toBeVisible();
  expect(await firstStep.boundingBox()).toEqual(before);
  await next.click();
  await expect(page).toHaveURL(/\/[a-z-]+\/[a-z-]+\/[a-z-]+$/);
  await expect(page.locator('[data-step-panel][data-active]')).not.toHaveAttribute(
    'data-step-panel',
    firstId!,
  );
});

test('once started, a lazily loaded chunk that fails (the motion layer) leaves the page working', async ({
  browser,
  baseURL,
}) => {
  const wizard = pages.find(({ kind }) => kind === 'wizard')!;
  const firstLoad = new Set(scriptSources(wizard.html));
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const blocked: string[] = [];
  await page.route('**/_next/static/chunks/*.js', (request) => {
    const chunk = new URL(request.request().url()).pathname;
    if (firstLoad.has(chunk)) return request.continue();
    blocked.push(chunk);
    return request.abort();
  });
  await page.goto(wizard.route);
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'failed');
  expect(blocked.length).toBeGreaterThan(0);
  await expect(page.locator('html')).toHaveAttribute('data-js');
  await page.getByRole('button', { name: /Next/ }).click();
  await expect(page.getByText(/^Step 2 of/)).toBeVisible();
  await expect(page.locator('[data-step-panel]:visible')).toHaveCount(1);
  await context.close();
});
