import { devices, type Page } from '@playwright/test';
import { onePagePerKind } from './exported-pages';
import { expect, test } from './fixtures';

/**
 * Nothing on a page moves while it loads: cumulative layout shift 0, the gate that used to run
 * inside Lighthouse, read here from the browser's own layout-shift entries (buffered, so the
 * shifts before the observer started count too) once the page has loaded every script it
 * fetches after `load` (the motion layer) and painted again.
 */
async function layoutShifts(page: Page, route: string) {
  await page.goto(route);
  await page.waitForLoadState('networkidle');
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

const { viewport, deviceScaleFactor, isMobile, hasTouch, userAgent } = devices['Pixel 7'];
const screens = {
  desktop: {},
  'a phone': { viewport, deviceScaleFactor, isMobile, hasTouch, userAgent },
};

for (const [screen, options] of Object.entries(screens)) {
  test.describe(`on ${screen}`, () => {
    test.use(options);

    for (const route of onePagePerKind()) {
      test.describe(() => {
        // The 404 page is answered with status 404, which the browser logs; no other page may.
        test.use({ allowedConsoleErrors: route === '/404' ? [/status of 404/] : [] });

        test(`${route} does not shift while it loads`, async ({ page }) => {
          expect(await layoutShifts(page, route), `layout shifts on ${route}`).toEqual([]);
        });
      });
    }
  });
}
