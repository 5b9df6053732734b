import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';

/** Each browser project stands for one device; the site should recognise it. */
function devicePlatform(testInfo: TestInfo) {
  return ({ desktop: 'desktop', iphone: 'ios', pixel: 'android' } as const)[
    testInfo.project.name as 'desktop' | 'iphone' | 'pixel'
  ];
}

const progress = (page: Page) => page.locator('[data-wizard] [aria-live="polite"]');
const active = (page: Page) => page.locator('[data-step-panel][data-active]');

test(
  'the home page offers the profile route first, and it walks to the withdrawn panel',
  { tag: '@device' },
  async ({ page }, testInfo) => {
    const platform = devicePlatform(testInfo);
    await page.goto('/');
    const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings.slice(0, 2)).toEqual(['Still on their profile?', 'From your Sent invitations']);
    // LinkedIn's Sent list is one press from landing.
    await expect(page.getByRole('link', { name: /Open my Sent invitations/ })).toHaveAttribute(
      'href',
      'https://www.linkedin.com/mynetwork/invitation-manager/sent/',
    );

    const picker = page.getByRole('navigation', {
      name: 'Still on their profile: choose your device',
    });
    const suggested = picker.locator(`[data-platform-option="${platform}"]`);
    await expect(suggested.getByText('Suggested for this device')).toBeVisible();
    await suggested.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/from-profile/${platform}$`));

    for (const [i, id] of ['find-profile', 'press-pending', 'confirm'].entries()) {
      await expect(progress(page)).toHaveText(`Step ${i + 1} of 3`);
      await expect(active(page)).toHaveAttribute('data-step-panel', id);
      if (i > 0) await expect(page).toHaveURL(new RegExp(`/from-profile/${platform}/${id}$`));
      await page.getByRole('button', { name: i === 2 ? /I’ve done it/ : /Next/ }).click();
    }
    await expect(page).toHaveURL(new RegExp(`/from-profile/${platform}/done$`));
    const done = page.locator('[data-step-panel="done"]');
    await expect(done.getByRole('heading', { level: 2 })).toBeFocused();
    // The same "what happens now" as the Sent-list withdraw.
    await expect(done).toContainText('up to three weeks');
    await expect(done).toContainText('Follow');
  },
);

test(
  'the troubleshooter’s link opens the Pending step, which offers both forms of the profile',
  { tag: '@device' },
  async ({ page }, testInfo) => {
    const platform = devicePlatform(testInfo);
    await page.goto(`/from-profile/${platform}/press-pending#press-pending`);
    await expect(progress(page)).toHaveText('Step 2 of 3');
    const group = active(page).getByRole('group', { name: 'What does your screen show?' });
    await expect(group.getByRole('radio', { name: 'Pending' })).toBeChecked();
    const picture = active(page).locator('[data-variant-panel][data-active] svg[role="img"]');
    await expect(picture).toHaveAttribute('aria-label', /the Pending button, next to Message/);
    await group.getByText('Follow and More').click();
    await expect(picture).toHaveAttribute('aria-label', /Withdraw invitation in the menu/);
    await expect(active(page).locator('[data-variant-panel][data-active]')).toContainText(
      'Withdraw invitation',
    );
    if (platform !== 'desktop') {
      // The app's labels are the website's, unconfirmed: the step says so.
      await expect(active(page)).toContainText('no source confirms its labels yet');
    }
  },
);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the profile flow lists every step and both forms of the Pending step', async ({
    page,
  }, testInfo) => {
    const platform = devicePlatform(testInfo);
    await page.goto(`/from-profile/${platform}`);
    for (const id of ['find-profile', 'press-pending', 'confirm', 'done'])
      await expect(page.locator(`[data-step-panel="${id}"]`)).toBeVisible();
    const step = page.locator('[data-step-panel="press-pending"]');
    await expect(step.getByRole('heading', { level: 3 })).toHaveText([
      'If you see Pending',
      'If you see Follow and More',
    ]);
    await expect(step.locator('svg[role="img"]')).toHaveCount(2);
    for (const picture of await step.locator('svg[role="img"]').all())
      await expect(picture).toBeVisible();
    await expect(page.getByRole('radio')).toHaveCount(0);
  });
});
