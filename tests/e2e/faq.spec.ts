import type { Page } from '@playwright/test';
import { expect, expectAccessible, test, emulateTheme } from './fixtures';

const items = (page: Page) => page.locator('details[data-faq-item]');
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search the questions' });

test(
  '/faq#<id> opens that answer and scrolls to it',
  { tag: '@small-screen' },
  async ({ page }) => {
    await page.goto('/faq#does-the-note-go-too');
    const item = page.locator('#does-the-note-go-too');
    await expect(item).toHaveAttribute('open', '');
    await expect(item.getByText('From their email, no.')).toBeInViewport();
    await expect(page.locator('details[data-faq-item][open]')).toHaveCount(1);
  },
);

test('a hash change on the page opens the item it names', async ({ page }) => {
  await page.goto('/faq#will-they-know');
  await page.locator('#will-they-know').getByRole('link', { name: 'the invitation email' }).click();
  await expect(page).toHaveURL(/\/faq#invitation-email-stays$/);
  const email = page.locator('#invitation-email-stays');
  await expect(email).toHaveAttribute('open', '');
  await expect(email).toBeInViewport();

  await page.evaluate(() => {
    location.hash = '#bulk-withdraw';
  });
  await expect(page.locator('#bulk-withdraw')).toHaveAttribute('open', '');
  await expect(page.locator('#bulk-withdraw')).toBeInViewport();
});

test('search loads on first use and narrows the list, typos and all', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/faq');
  await page.waitForLoadState('networkidle');
  const total = await items(page).count();
  const before = scripts.length;

  await searchBox(page).fill('resnd');
  await expect(page.getByRole('status')).toHaveText('1 question matches');
  expect(scripts.length, 'the search library arrives when the box is used').toBeGreaterThan(before);
  await expect(page.locator('details[data-faq-item]:visible')).toHaveCount(1);
  const resend = page.locator('#send-again-after-withdrawing');
  await expect(resend).toBeVisible();
  await expect(resend.locator('summary mark')).toHaveText('resend');

  await searchBox(page).fill('inbox');
  await expect(page.getByRole('status')).toHaveText(/^\d+ questions? match(es)?$/);
  const matching = await page.locator('details[data-faq-item]:visible').count();
  expect(matching).toBeGreaterThan(0);
  expect(matching).toBeLessThan(total);

  await searchBox(page).fill('zzqx');
  await expect(page.getByRole('status')).toHaveText('0 questions match');
  await expect(page.locator('details[data-faq-item]:visible')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /troubleshooter/ })).toHaveAttribute(
    'href',
    '/troubleshoot',
  );
});

test('a link to an item the search is hiding shows it again', async ({ page }) => {
  await page.goto('/faq');
  await searchBox(page).fill('note');
  await expect(page.locator('#bulk-withdraw')).toBeHidden();
  await page.evaluate(() => {
    location.hash = '#bulk-withdraw';
  });
  await expect(page.locator('#bulk-withdraw')).toHaveAttribute('open', '');
  await expect(page.locator('#bulk-withdraw')).toBeInViewport();
  await expect(searchBox(page)).toHaveValue('');
});

test('Expand all and Collapse all', async ({ page }) => {
  await page.goto('/faq');
  await page.getByRole('button', { name: 'Expand all' }).click();
  await expect(page.locator('details[data-faq-item]:not([open])')).toHaveCount(0);
  await page.getByRole('button', { name: 'Collapse all' }).click();
  await expect(page.locator('details[data-faq-item][open]')).toHaveCount(0);
});

// The page sweep runs axe on the FAQ as it loads; here every answer is open and the search
// has marked its matches.
test('every answer open and a search marked pass axe in light and dark', async ({ page }) => {
  for (const theme of ['light', 'dark'] as const) {
    await emulateTheme(page, theme);
    await page.goto('/faq');
    await page.getByRole('button', { name: 'Expand all' }).click();
    await searchBox(page).fill('withdraw');
    await expect(page.locator('summary mark').first()).toBeVisible();
    await expectAccessible(page);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every question is on the page and every answer opens', async ({ page }) => {
    await page.goto('/faq');
    await expect(searchBox(page)).toBeHidden();
    await expect(page.getByRole('button', { name: 'Expand all' })).toBeHidden();
    const count = await items(page).count();
    expect(count).toBeGreaterThanOrEqual(15);
    for (let i = 0; i < count; i++) {
      const item = items(page).nth(i);
      await item.locator('summary').click();
      await expect(item).toHaveAttribute('open', '');
      await expect(item.locator('.mdx')).toBeVisible();
      await expect(item.getByText('Last checked')).toBeVisible();
    }
  });

  test('/faq#<id> still lands on the item', async ({ page }) => {
    await page.goto('/faq#bulk-withdraw');
    await expect(page.locator('#bulk-withdraw summary')).toBeInViewport();
  });
});
