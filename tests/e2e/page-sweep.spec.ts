import path from 'node:path';
import { devices, type Page } from '@playwright/test';
import { classify, htmlPages } from '../../scripts/lib/export.mjs';
import { defaultLocale, locales } from '@/lib/locales';
import { expectPolicyMeta, recordViolations, violations, withBareServer } from './csp';
import { emulateTheme, expect, expectAccessible, guardPage, waitForSettled } from './fixtures';
import { pageChecks } from './page-checks';
import { samplePages, samplePaths, type SamplePage } from './sample-pages';

/**
 * What holds for every page, checked on one page of each kind in every language
 * (sample-pages.ts):
 *
 * - Desktop, served with the security headers: nothing shifts while it loads (CLS 0), the
 *   policy header and the page's own policy <meta> are there and nothing is blocked, axe finds
 *   nothing, and zoomed to 200 % (640 × 400) and to WCAG's 320 CSS px it needs no sideways
 *   scrolling (zooming an open page is resizing it); and every check in page-checks.ts (the
 *   place for more checks on the same load). Axe runs every rule in the light theme on the
 *   German and French pages (each kind's markup, with each edition's own `lang` attributes and
 *   names) and the dark theme's contrast rules on the English ones; the colours are the same
 *   in every edition, so each kind meets axe in both themes.
 * - English only, a phone (Pixel 7's screen and browser) from a host that sets no headers:
 *   nothing shifts while it loads, and the page's own policy <meta> alone lets it start with
 *   nothing blocked. That the <meta> of every page of every edition is present and current is
 *   `npm run headers:check`'s, over out/.
 *
 * This is where axe meets each kind of page as it loads; the feature specs run it on the states
 * a page load doesn't show (every FAQ answer open with a search, a filled checklist, every
 * picture, a chosen device, the done panel, a step's variants), in both themes.
 */

/**
 * Every layout shift since the page began (buffered entries), once it has loaded every script
 * it fetches after `load` (the motion layer) and painted again.
 */
async function layoutShifts(page: Page) {
  await waitForSettled(page);
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        type Shift = PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources?: { node?: Node | null }[];
        };
        const shifts: string[] = [];
        const record = (entries: PerformanceEntry[]) => {
          for (const entry of entries as Shift[]) {
            if (entry.hadRecentInput) continue;
            const moved = (entry.sources ?? []).map(
              (source) => (source.node as Element | null)?.outerHTML?.slice(0, 80) ?? '?',
            );
            shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${moved}`);
          }
        };
        const observer = new PerformanceObserver((list) => record(list.getEntries()));
        observer.observe({ type: 'layout-shift', buffered: true });
        // Buffered entries arrive in a task of their own; two frames on, whatever the observer
        // has not yet been handed is still in its queue.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            record(observer.takeRecords());
            observer.disconnect();
            resolve(shifts);
          }),
        );
      }),
  );
}

/** 320 CSS px is WCAG's reflow width; 640 × 400 is a 1280 × 800 window zoomed to 200 %. */
const narrowViewports = [
  { label: '200 % zoom', width: 640, height: 400 },
  { label: '320 px wide', width: 320, height: 640 },
];

/** How far the page scrolls sideways once laid out at the current size (after two frames). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const scroller = document.scrollingElement!;
            resolve(scroller.scrollWidth - scroller.clientWidth);
          }),
        ),
      ),
  );

const { viewport, deviceScaleFactor, isMobile, hasTouch, userAgent } = devices['Pixel 7'];
const phone = { viewport, deviceScaleFactor, isMobile, hasTouch, userAgent };

const test = withBareServer;

test('the sample table has one page of every kind the export has', () => {
  const otherLocales = locales.filter((locale) => locale !== defaultLocale);
  const englishPages = htmlPages(path.resolve('out')).filter(
    ({ route }) =>
      !otherLocales.some((locale) => route === `/${locale}` || route.startsWith(`/${locale}/`)),
  );
  const kinds = new Set(englishPages.map(({ route, html }) => classify(route, html).kind));
  expect(samplePaths.map(({ kind }) => kind).sort()).toEqual([...kinds].sort());
});

/**
 * Loads a sample page on the desktop in `theme`, served with the security headers: no layout
 * shift, the policy header and <meta> present and nothing blocked, axe (every rule in the light
 * theme, the contrast rules in the dark), the page checks, and no sideways scrolling at 200 %
 * zoom or 320 px.
 */
async function onTheDesktop(page: Page, sample: SamplePage, theme: 'light' | 'dark') {
  const { route, status } = sample;
  await emulateTheme(page, theme);
  await recordViolations(page);
  const response = await page.goto(route);
  expect(response!.status(), route).toBe(status);
  expect(response!.headers()['content-security-policy'], route).toBeTruthy();
  expect(await layoutShifts(page), `layout shifts on ${route}`).toEqual([]);
  // The head script ran (allowed by its hash): it sets the theme.
  await expect(page.locator('html'), route).toHaveAttribute('data-theme', theme);
  expect(await violations(page), route).toEqual([]);
  await expectPolicyMeta(page, route);
  await expectAccessible(page);
  for (const [name, check] of Object.entries(pageChecks)) {
    await test.step(name, () => check(page, sample));
  }
  for (const { label, width, height } of narrowViewports) {
    await page.setViewportSize({ width, height });
    expect(
      await sidewaysOverflow(page),
      `${route} at ${label}: horizontal overflow in CSS px`,
    ).toBeLessThanOrEqual(0);
  }
}

for (const sample of samplePages) {
  const { route, kind, status } = sample;
  test.describe(route, () => {
    // The 404 page is answered with status 404, which the browser logs; no other page may.
    const allowed = status === 404 ? [/status of 404/] : [];
    test.use({ allowedConsoleErrors: allowed });

    if (sample.locale !== defaultLocale) {
      test(`${kind}: no layout shift, no CSP violation, reflows, passes axe`, async ({ page }) => {
        await onTheDesktop(page, sample, 'light');
      });
      return;
    }

    test(`${kind}: no layout shift, no CSP violation under either server, reflows, passes axe in the dark theme`, async ({
      page,
      browser,
      bareServer,
    }) => {
      await test.step('desktop, dark theme, with the security headers', () =>
        onTheDesktop(page, sample, 'dark'));

      await test.step('a phone, on a host that sets no headers', async () => {
        const context = await browser.newContext({ ...phone, baseURL: bareServer });
        const phonePage = await context.newPage();
        const guard = guardPage(phonePage, new URL(bareServer).origin, allowed);
        await recordViolations(phonePage);
        const response = await phonePage.goto(route);
        expect(response!.status(), route).toBe(status);
        expect(response!.headers()['content-security-policy'], route).toBeUndefined();
        expect(await layoutShifts(phonePage), `layout shifts on ${route} on a phone`).toEqual([]);
        await expect(phonePage.locator('html'), route).toHaveAttribute(
          'data-theme',
          /^(light|dark)$/,
        );
        expect(await violations(phonePage), route).toEqual([]);
        await expectPolicyMeta(phonePage, route);
        await context.close();
        guard();
      });
    });
  });
}
