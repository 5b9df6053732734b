import type { Page } from '@playwright/test';
import { expect, expectAccessible, test, emulateTheme } from './fixtures';

// The desktop Sent-list flow's Invitations step offers Show all, Manage and See all.
const stepUrl = '/guide/desktop/open-manage';
const step = (page: Page) => page.locator('[data-step-panel="open-manage"]');
const group = (page: Page) =>
  step(page).getByRole('group', { name: 'What does your screen show?' });
const shownPicture = (page: Page) =>
  step(page).locator('[data-variant-panel][data-active] svg[role="img"]');

test('the choice is a keyboard-usable radio group, the picture follows it, and it is remembered', async ({
  page,
}) => {
  await page.goto(stepUrl);
  await expect(page.locator('html')).toHaveAttribute('data-started', '');
  const radios = group(page).getByRole('radio');
  await expect(radios).toHaveCount(3);
  await expect(group(page).getByRole('radio', { name: 'Show all' })).toBeChecked();
  await expect(shownPicture(page)).toHaveAttribute('aria-label', /the Show all link/);
  await expect(step(page).getByRole('heading', { level: 3 })).toHaveText('If you see Show all');
  // Its evidence note is shown with it: the first is the freshest.
  await expect(step(page).locator('[data-variant-panel][data-active]')).toContainText(
    'The label with the freshest evidence',
  );

  await group(page).getByRole('radio', { name: 'Show all' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(group(page).getByRole('radio', { name: 'Manage' })).toBeChecked();
  await expect(group(page).getByRole('radio', { name: 'Manage' })).toBeFocused();
  await expect(shownPicture(page)).toHaveAttribute('aria-label', /the Manage link/);
  await expect(shownPicture(page)).toBeVisible();
  await expect(step(page).locator('svg[role="img"]:visible')).toHaveCount(1);
  // An arrow on a radio moves the choice, not the wizard.
  await expect(page).toHaveURL(new RegExp(`${stepUrl}$`));

  await page.keyboard.press('ArrowRight');
  await expect(group(page).getByRole('radio', { name: 'See all' })).toBeChecked();
  await expect(shownPicture(page)).toHaveAttribute('aria-label', /the See all link/);

  // Remembered on the way through the flow and back, and across a reload.
  await page.getByRole('button', { name: /Next/ }).click();
  await page.getByRole('button', { name: /Back/ }).click();
  await expect(group(page).getByRole('radio', { name: 'See all' })).toBeChecked();
  await page.reload();
  await expect(group(page).getByRole('radio', { name: 'See all' })).toBeChecked();
  await expect(shownPicture(page)).toHaveAttribute('aria-label', /the See all link/);
  // Another flow keeps its own choice.
  await page.goto('/guide/ios/open-manage');
  await expect(
    page.locator('[data-step-panel="open-manage"]').getByRole('radio', { name: 'Show all' }),
  ).toBeChecked();
});

test('in print every variant is listed under its heading, and the radios are gone', async ({
  page,
}) => {
  await page.goto(stepUrl);
  await expect(page.locator('html')).toHaveAttribute('data-started', '');
  await page.emulateMedia({ media: 'print' });
  await expect(step(page).getByRole('heading', { level: 3 })).toHaveText([
    'If you see Show all',
    'If you see Manage',
    'If you see See all',
  ]);
  for (const picture of await step(page).locator('svg[role="img"]').all())
    await expect(picture).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
});

test('a step with variants passes axe in light and dark', async ({ page }) => {
  for (const theme of ['light', 'dark'] as const) {
    await emulateTheme(page, theme);
    await page.goto(stepUrl);
    await expect(page.locator('html')).toHaveAttribute('data-started', '');
    await expectAccessible(page);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every variant is listed with its picture, and no radio that would do nothing', async ({
    page,
  }) => {
    await page.goto(stepUrl);
    await expect(step(page).getByRole('heading', { level: 3 })).toHaveText([
      'If you see Show all',
      'If you see Manage',
      'If you see See all',
    ]);
    const pictures = step(page).locator('svg[role="img"]');
    await expect(pictures).toHaveCount(3);
    for (const picture of await pictures.all()) await expect(picture).toBeVisible();
    await expect(page.getByRole('radio')).toHaveCount(0);
    await expect(page.getByRole('group', { name: 'What does your screen show?' })).toHaveCount(0);
  });
});
