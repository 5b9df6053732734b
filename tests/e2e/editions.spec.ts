import type { APIRequestContext, Page } from '@playwright/test';
import { defaultLocale, locales } from '@/lib/locales';
import { expect, test } from './fixtures';
import { localized, samplePaths } from './sample-pages';

/**
 * The German and French editions, sampled: one page of each kind per edition, read as HTML
 * (no browser: html lang, hreflang, canonical, the language switch), then a few page loads for
 * what needs a browser (the 404 with a way back, a flow stepped through with and without
 * JavaScript, the home page's suggestion of an edition). Every page of every edition is in the
 * sitemap, which seo.spec.ts walks.
 */
const editions = locales.filter((locale) => locale !== defaultLocale);

/**
 * One English path of each page kind that answers 200 (the 404 has its own test below), and a
 * flow's step and done addresses, which have their own alternates.
 */
const kinds: Record<string, string> = {
  ...Object.fromEntries(
    samplePaths.filter(({ kind }) => kind !== '404').map(({ kind, path }) => [kind, path]),
  ),
  'flow step': '/from-profile/ios/press-pending',
  'done panel': '/remove-connection/android/done',
};

const inEdition = localized;

const startTags = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map(([tag]) => tag);
const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`, 'i'))?.[1];

async function html(request: APIRequestContext, path: string, status = 200) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(status);
  return response.text();
}

test.describe('every page kind in each edition (HTML)', () => {
  for (const locale of editions) {
    test(`/${locale}: html lang, hreflang alternates, canonical and the language switch`, async ({
      request,
      baseURL,
    }) => {
      const origin = new URL(
        (await html(request, '/sitemap.xml')).match(/<loc>([^<]+)<\/loc>/)![1]!,
      ).origin;
      for (const [kind, path] of Object.entries(kinds)) {
        const own = inEdition(locale, path);
        const page = await html(request, own);
        const head = page.slice(0, page.indexOf('</head>'));
        expect(attr(startTags(page, 'html')[0]!, 'lang'), kind).toBe(locale);

        const alternates = Object.fromEntries(
          startTags(head, 'link')
            .filter((tag) => attr(tag, 'rel') === 'alternate' && attr(tag, 'hrefLang'))
            .map((tag) => [attr(tag, 'hrefLang'), attr(tag, 'href')]),
        );
        const absolute = (p: string) => (p === '/' ? origin : `${origin}${p}`);
        expect(alternates, kind).toEqual({
          ...Object.fromEntries(locales.map((l) => [l, absolute(inEdition(l, path))])),
          'x-default': absolute(path),
        });
        const canonical = startTags(head, 'link').find((tag) => attr(tag, 'rel') === 'canonical');
        expect(attr(canonical!, 'href'), kind).toBe(absolute(own));

        // The switch: a plain link to this same page in each other edition, named in its language.
        const switchLinks = startTags(page, 'a').filter(
          (tag) => attr(tag, 'hrefLang') && attr(tag, 'lang'),
        );
        const others = locales.filter((l) => l !== locale);
        for (const other of others) {
          const link = switchLinks.find((tag) => attr(tag, 'hrefLang') === other);
          expect(link, `${kind}: switch to ${other}`).toBeDefined();
          expect(attr(link!, 'href'), kind).toBe(inEdition(other, path));
          expect(attr(link!, 'lang'), kind).toBe(other);
        }
      }
      expect(baseURL).toBeTruthy();
    });
  }

  test('the English pages name their editions too, and switch to them', async ({ request }) => {
    const page = await html(request, kinds['learn']!);
    expect(attr(startTags(page, 'html')[0]!, 'lang')).toBe('en');
    for (const locale of editions) {
      expect(page).toMatch(new RegExp(`hrefLang="${locale}" href="[^"]*/${locale}/learn/`));
      expect(page).toContain(`href="${inEdition(locale, kinds['learn']!)}" hrefLang="${locale}"`);
    }
  });

  test('each edition’s 404 page answers a bad address under its prefix, in its language', async ({
    request,
  }) => {
    for (const locale of editions) {
      for (const path of [`/${locale}/x`, `/${locale}/guide/desktop/x`, `/${locale}/404`]) {
        const page = await html(request, path, 404);
        expect(attr(startTags(page, 'html')[0]!, 'lang'), path).toBe(locale);
        expect(page, path).toContain(`href="/${locale}"`);
        expect(page, path).toMatch(/<meta http-equiv="Content-Security-Policy"/);
      }
    }
    // /en/… is no edition's address: the English 404.
    expect(attr(startTags(await html(request, '/en/faq', 404), 'html')[0]!, 'lang')).toBe('en');
  });
});

/** The wizard's own buttons (Back, then Next or "I've done it"), whatever their words. */
const nextButton = (page: Page) => page.locator('[data-wizard] > [data-js-only] button').last();

test.describe('a bad address under an edition', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test('/fr/x is the French 404 with a way back into the French edition', async ({ page }) => {
    const response = await page.goto('/fr/x');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.locator('main a[href="/fr"]').first().click();
    await expect(page).toHaveURL(/\/fr$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });
});

test('a German flow, stepped through with JavaScript, stays in the German edition', async ({
  page,
}) => {
  await page.goto('/de/guide/desktop');
  await expect(page.locator('html')).toHaveAttribute('data-started', '');
  const ids = await page
    .locator('[data-wizard] [data-step-panel]')
    .evaluateAll((panels) => panels.map((panel) => panel.getAttribute('data-step-panel')!));
  expect(ids.at(-1)).toBe('done');
  for (const id of ids.slice(1)) {
    await nextButton(page).click();
    await expect(page).toHaveURL(new RegExp(`/de/guide/desktop/${id}$`));
    await expect(page.locator(`[data-step-panel="${id}"]`)).toBeVisible();
  }
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  // The switch follows the reader from step to step: the same place in English.
  await page.locator('a[hreflang="en"]').click();
  await expect(page).toHaveURL(/\/guide\/desktop\/done$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, locale: 'de-DE' });

  test('a German flow shows every step, its links stay German, the switch works, nothing is suggested', async ({
    page,
  }) => {
    await page.goto('/de/from-profile/desktop/done');
    const panels = page.locator('[data-step-panel]');
    const count = await panels.count();
    expect(count).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < count; i++) await expect(panels.nth(i)).toBeVisible();
    const internal = await page
      .locator('main a[href^="/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(internal.length).toBeGreaterThan(0);
    expect(internal.filter((href) => !/^\/de(\/|$|\?|#)/.test(href))).toEqual([]);

    await page.locator('a[hreflang="fr"]').click();
    await expect(page).toHaveURL(/\/fr\/from-profile\/desktop\/done$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

    await page.goto('/');
    await expect(page.locator('[data-edition-suggestion]')).toBeHidden();
  });
});

test.describe('the home page’s suggestion of an edition', () => {
  test.use({ locale: 'de-DE' });

  test('offers German to a German browser, without a shift, and remembers the answer', async ({
    page,
  }) => {
    await page.goto('/');
    const offer = page.locator('[data-edition-suggestion] [data-edition="de"]');
    await expect(offer).toBeVisible();
    await expect(page.locator('[data-edition-suggestion] [data-edition="fr"]')).toBeHidden();
    await expect(offer).toHaveAttribute('lang', 'de');
    await expect(offer.locator('a')).toHaveAttribute('href', '/de');
    // Shown from the first paint: nothing on the page moved.
    await expect(page.locator('html')).toHaveAttribute('data-started', '');
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries())
              total += (entry as PerformanceEntry & { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    expect(shift).toBe(0);

    await offer.locator('button').click();
    await expect(offer).toBeHidden();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-started', '');
    await expect(offer).toBeHidden();
    // No redirect, ever: still the English home page.
    await expect(page).toHaveURL(/\/$/);
    // The German home page suggests nothing to a German browser.
    await page.goto('/de');
    await expect(page.locator('[data-edition-suggestion] [data-edition="en"]')).toBeHidden();
  });
});
