import type { Page } from '@playwright/test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Screen } from '@/components/screen/screen';
import { platforms } from '@/lib/platform/platforms';
import { highlightsOf, screenViews, type ScreenView } from '@/lib/screens/catalog';
import { problemsOf } from './drawing-problems';
import { expect, expectAccessible, test, emulateTheme, waitForMotionLayer } from './fixtures';
import { saveScreenshot } from './screenshots';

const steps = (page: Page) => page.locator('[data-step-panel]:not([data-step-panel="done"])');
const active = (page: Page) => page.locator('[data-step-panel][data-active]');
const activePicture = (page: Page) => active(page).locator('svg[role="img"]');
const pulse = (page: Page) => active(page).locator('[data-pulse]');

// The pictures are the same HTML on any device, so one browser project checks every platform's,
// each at the size of the device it stands for.
for (const platform of platforms) {
  test.describe(`${platform} pictures`, () => {
    test.use({
      viewport: platform === 'desktop' ? { width: 1280, height: 800 } : { width: 390, height: 844 },
    });

    for (const flow of ['guide', 'from-profile', 'remove-connection']) {
      test(`every ${flow} step has a picture (one per variant) that says what to look for`, async ({
        page,
      }) => {
        await page.goto(`/${flow}/${platform}`);
        const count = await steps(page).count();
        expect(count).toBeGreaterThanOrEqual(3);
        for (let i = 0; i < count; i++) {
          const step = steps(page).nth(i);
          const variants = await step.locator('[data-variant-panel]').count();
          expect(variants === 0 || variants >= 2).toBe(true);
          const pictures = step.locator('svg[role="img"]');
          await expect(pictures).toHaveCount(Math.max(1, variants));
          for (const picture of await pictures.all()) {
            await expect(picture).toHaveAttribute('aria-label', /^Drawing of .+ is highlighted\.$/);
            await expect(picture.locator('[data-highlight]')).toHaveCount(1);
          }
          if (variants) {
            // Each variant's own picture: no two the same.
            const labels = await pictures.evaluateAll((all) =>
              all.map((picture) => picture.getAttribute('aria-label')),
            );
            expect(new Set(labels).size).toBe(variants);
          }
        }
      });
    }

    for (const theme of ['light', 'dark'] as const) {
      test(`the Withdraw step's picture keeps its drawn proportions (${theme}); a screenshot with SCREENSHOTS=1`, async ({
        page,
      }) => {
        await emulateTheme(page, theme);
        await page.goto(`/guide/${platform}/withdraw`);
        const picture = activePicture(page);
        await picture.scrollIntoViewIfNeeded();
        // Fixed aspect ratio: the picture is as tall as its viewBox says.
        const [, , w, h] = (await picture.getAttribute('viewBox'))!.split(' ').map(Number);
        const box = (await picture.boundingBox())!;
        expect(box.height / box.width).toBeCloseTo(h! / w!, 2);
        // The picture at rest: the pulse ends invisible (the test below watches it do so), so the
        // shot hides it rather than waiting the five seconds it takes to end.
        await pulse(page).evaluate((element: SVGElement) => (element.style.visibility = 'hidden'));
        await saveScreenshot(
          active(page),
          `test-artifacts/screens/${platform}${theme === 'dark' ? '-dark' : ''}.png`,
        );
      });

      test(`axe finds nothing with every step’s picture showing (${theme})`, async ({ page }) => {
        await emulateTheme(page, theme);
        await page.goto(`/guide/${platform}`);
        await expect(activePicture(page)).toBeVisible();
        // Without JavaScript every step is listed; axe itself needs JavaScript, so drop the marker
        // (the page as it loads, one step showing, is the page sweep's).
        await page.evaluate(() => document.documentElement.removeAttribute('data-js'));
        const pictures = steps(page).locator('svg[role="img"]');
        expect(await pictures.count()).toBeGreaterThanOrEqual(4);
        for (const picture of await pictures.all()) await expect(picture).toBeVisible();
        await expectAccessible(page);
      });
    }
  });
}

/** Opens a step once the motion layer (fetched after the load event) has put its pulse in place. */
async function openWithMotion(page: Page, path: string) {
  await page.goto(path);
  await waitForMotionLayer(page);
}

type PulseFrame = { scale: number; opacity: number };

/**
 * The pulse's computed scale and opacity on every frame, recorded in the page from now until
 * `done` says enough has been seen (no fixed sampling window: a loaded machine only makes it
 * take longer).
 */
function pulseFrames(page: Page, done: 'grown' | 'faded in and out'): Promise<PulseFrame[]> {
  return pulse(page).evaluate(
    (element, until) =>
      new Promise<PulseFrame[]>((resolve) => {
        const frames: PulseFrame[] = [];
        const sample = () => {
          const style = getComputedStyle(element);
          frames.push({ scale: new DOMMatrix(style.transform).a, opacity: Number(style.opacity) });
          // Shown: the first frame it is visible in; faded: a later frame at under half that.
          const shown = frames.findIndex(({ opacity }) => opacity > 0);
          const finished =
            until === 'grown'
              ? frames.some(({ scale }) => scale > 1.02)
              : shown > -1 &&
                frames.slice(shown).some(({ opacity }) => opacity < frames[shown]!.opacity / 2);
          if (finished) resolve(frames);
          else requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
      }),
    done,
  );
}

test('the ring pulses a few times once it is on screen, then stops', async ({ page }) => {
  await openWithMotion(page, '/guide/desktop/withdraw');
  await pulse(page).scrollIntoViewIfNeeded();
  // Watched until it has grown past 1.02 (a pulse that never grows times the test out).
  await pulseFrames(page, 'grown');
  await expect(pulse(page)).toHaveCSS('opacity', '0', { timeout: 10_000 });
});

test('under reduced motion the pulse never moves or grows', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openWithMotion(page, '/guide/desktop/withdraw');
  await pulse(page).scrollIntoViewIfNeeded();
  // Watched until it has shown and faded: it still marks the spot by fading, in place.
  const frames = await pulseFrames(page, 'faded in and out');
  expect([...new Set(frames.map(({ scale }) => scale))]).toEqual([1]);
});

// Every drawing on its own, without a page that uses it: rendered here with the site's
// component and stylesheet, served to the browser from a route that exists only in this test.
const newViews: readonly ScreenView[] = [
  'my-network',
  'sent-list',
  'withdraw-dialog',
  'pending-profile',
  'pending-menu',
];
const cases = screenViews.flatMap((view) =>
  highlightsOf(view).map((highlight) => ({ view, highlight })),
);

test.describe('every drawing, on its own at 320 px', () => {
  test.use({ viewport: { width: 320, height: 800 }, deviceScaleFactor: 2 });

  for (const platform of platforms) {
    for (const theme of ['light', 'dark'] as const) {
      test(`${platform} (${theme}): ringed, labelled, legible; screenshots of the new views`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme: theme });
        await page.goto('/');
        // The site's own styles, however the page carries them (inlined or linked).
        const css = await page.evaluate(() =>
          [...document.styleSheets]
            .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
            .join('\n'),
        );
        expect(css, 'the site stylesheet').toContain('--color');
        const figures = cases.map(
          ({ view, highlight }) =>
            `<figure data-case="${view}/${highlight}" style="margin:0 0 16px">${renderToStaticMarkup(
              createElement(Screen, { platform, view, highlight }),
            )}</figure>`,
        );
        await page.route('**/__drawings', (route) =>
          route.fulfill({
            contentType: 'text/html',
            body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Drawings</title><style>${css}</style></head><body style="margin:0;padding:16px">${figures.join('')}</body></html>`,
          }),
        );
        await page.goto('/__drawings');
        for (const { view, highlight } of cases) {
          const figure = page.locator(`[data-case="${view}/${highlight}"]`);
          expect
            .soft(await figure.evaluate(problemsOf), `${platform} ${view} ${highlight}`)
            .toEqual([]);
          if (!newViews.includes(view)) continue;
          await saveScreenshot(
            figure.locator('svg'),
            `test-artifacts/screens/${platform}-${view}-${highlight}${theme === 'dark' ? '-dark' : ''}.png`,
          );
        }
      });
    }
  }
});
