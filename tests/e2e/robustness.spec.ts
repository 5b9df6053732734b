import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const platforms = ['desktop', 'ios', 'android'];
const platformOf = (page: Page) => page.locator('html').getAttribute('data-platform');

/** Ways browsers refuse storage: blocked outright (cookies off), or every call throwing. */
const brokenStorage = {
  'localStorage access throws': () => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  },
  'getItem and setItem throw': () => {
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    Storage.prototype.getItem = refuse;
    Storage.prototype.setItem = refuse;
    Storage.prototype.removeItem = refuse;
  },
};

for (const [name, breakStorage] of Object.entries(brokenStorage)) {
  test(`the picker and a guide still work when ${name}`, async ({ page }) => {
    await page.addInitScript(breakStorage);
    await page.goto('/');
    expect(platforms).toContain(await platformOf(page));
    await page
      .getByRole('navigation', { name: 'From your Sent invitations: choose your device' })
      .locator('[data-platform-option="desktop"]')
      .getByRole('link')
      .click();
    await expect(page).toHaveURL(/\/guide\/desktop$/);

    const active = page.locator('[data-step-panel][data-active]');
    const first = await active.getAttribute('data-step-panel');
    await page.getByRole('button', { name: /Next/ }).click();
    await expect(active).not.toHaveAttribute('data-step-panel', first!);
    await expect(page).toHaveURL(/\/guide\/desktop\/[a-z-]+$/);
    await expect(active.getByRole('heading', { level: 2 })).toBeFocused();

    // A platform chosen by link still applies to this page, though it cannot be remembered.
    await page.goto('/?platform=android');
    await expect(page.locator('html')).toHaveAttribute('data-platform', 'android');
  });
}

test.describe('unknown addresses', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test('each is the 404 page, with status 404 and a way back home', async ({ page }) => {
    for (const path of [
      '/troubleshoot/no-such-node',
      '/learn/no-such-article',
      '/faq/no-such-question',
      '/checklist/no-such-list',
      '/_not-found',
      '/404',
      '/404.html',
      '/guide/desktop/open-sent/extra',
      '/%E0%A4%A',
      '/..%2f..%2fetc%2fpasswd',
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(/not found/i);
      await expect(page.locator('main a[href="/"]').first(), path).toBeVisible();
    }
    // The way back is a plain link; followed once, it is the home page with its device picker.
    await page.locator('main a[href="/"]').first().click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('[data-platform-option]')).toHaveCount(6);
  });
});

test('an address with a trailing slash lands on the page itself, query kept', async ({ page }) => {
  const response = await page.goto('/troubleshoot/?from=bookmark');
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(
    '/troubleshoot?from=bookmark',
  );
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/not found/i);
});

test('garbage in the query string is ignored', async ({ page }) => {
  await page.goto('/?platform=<script>window.injected=1</script>');
  expect(platforms).toContain(await platformOf(page));
  await expect(page.locator('[data-platform-option]')).toHaveCount(6);
  expect(await page.evaluate(() => 'injected' in window)).toBe(false);
  expect(await page.evaluate(() => localStorage.getItem('unsend.platform'))).toBeNull();

  await page.goto('/guide/ios?step=zzz&platform=windows');
  expect(platforms).toContain(await platformOf(page));
  await expect(page).toHaveURL(/\/guide\/ios\?/);
  await expect(page.locator('[data-step-panel][data-active]')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.goto('/faq?q=%E0%A4%A&platform=%00#no-such-question');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
