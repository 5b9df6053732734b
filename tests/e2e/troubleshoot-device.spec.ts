import type { TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';

// Runs on every device project: what the entry page suggests depends on the device.

const platforms = ['desktop', 'ios', 'android'] as const;

function devicePlatform(testInfo: TestInfo) {
  return ({ desktop: 'desktop', iphone: 'ios', pixel: 'android' } as const)[
    testInfo.project.name as 'desktop' | 'iphone' | 'pixel'
  ];
}

test(
  'asks for the device only while it is a guess, suggesting this one',
  { tag: '@device' },
  async ({ page }, testInfo) => {
    const detected = devicePlatform(testInfo);
    await page.goto('/troubleshoot');
    const device = page.getByRole('region', { name: 'Which device are you using?' });
    await expect(device).toBeVisible();
    for (const platform of platforms) {
      const badge = device.locator(`[data-platform-option="${platform}"] [data-suggestion]`);
      if (platform === detected) {
        await expect(badge.getByText('Suggested for this device')).toBeVisible();
        await expect(badge.getByText('Your last choice')).toBeHidden();
      } else await expect(badge).toBeHidden();
    }
    // The first question's answers are right there too.
    await expect(page.locator('[data-answers] a').first()).toBeVisible();

    const other = platforms.find((platform) => platform !== detected)!;
    // The choice reloads this page: the device question gives way to the first question.
    await device.locator(`[data-platform-option="${other}"] a`).click();
    await expect(page).toHaveURL(new RegExp(`/troubleshoot\\?platform=${other}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(device).toBeHidden();
    await expect(page.locator('[data-answers] a').first()).toBeVisible();

    await page.goto('/troubleshoot');
    await expect(device).toBeHidden();
    await page.goto('/troubleshoot/already-accepted');
    await expect(page.locator(`[data-node-body] [data-platform-only="${other}"]`)).toBeVisible();
    await expect(page.locator(`[data-node-body] [data-platform-only="${detected}"]`)).toBeHidden();
  },
);
