import type { Page } from '@playwright/test';
import { expect, expectAccessible, test, emulateTheme } from './fixtures';

const nameField = (page: Page) => page.getByLabel('Name of someone to withdraw');
const progress = (page: Page) => page.locator('[data-progress]');
const items = (page: Page) => page.getByRole('checkbox');
const item = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });

async function addNames(page: Page, ...names: string[]) {
  for (const name of names) {
    await nameField(page).fill(name);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
  }
}

test('works with the keyboard alone, and keeps the list in this browser', async ({ page }) => {
  await page.goto('/checklist');
  await expect(progress(page)).toHaveText('0 of 0 done');
  await nameField(page).focus();
  await page.keyboard.type('Ada Lovelace');
  await page.keyboard.press('Enter');
  await expect(nameField(page)).toBeFocused();
  await expect(nameField(page)).toHaveValue('');
  await page.keyboard.type('Alan Turing');
  await page.keyboard.press('Enter');

  await page.keyboard.press('Tab'); // Add
  await page.keyboard.press('Tab'); // Paste a list instead
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Names, one per line')).toBeFocused();
  await page.keyboard.type('- Grace Hopper\n\n2. Edsger Dijkstra\n');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(items(page)).toHaveCount(4);
  await expect(progress(page)).toHaveText('0 of 4 done');
  await expect(item(page, 'Edsger Dijkstra')).toBeVisible();

  await item(page, 'Ada Lovelace').focus();
  await page.keyboard.press('Space');
  await expect(item(page, 'Ada Lovelace')).toBeChecked();
  await expect(progress(page)).toHaveText('1 of 4 done');
  // One live region in the page (Next's route announcer sits outside <main>): no double reading.
  await expect(page.locator('main [aria-live]')).toHaveCount(1);
  await expect(page.locator('main [aria-live]')).toHaveText(
    'Ada Lovelace ticked off. 1 of 4 done.',
  );

  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Remove Ada Lovelace' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(item(page, 'Alan Turing')).toBeFocused();
  await expect(progress(page)).toHaveText('0 of 3 done');

  await page.reload();
  await expect(items(page)).toHaveCount(3);
  await expect(item(page, 'Grace Hopper')).toBeVisible();
});

test('clear all asks first, and Cancel keeps the list', async ({ page }) => {
  await page.goto('/checklist');
  await addNames(page, 'One', 'Two');
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(page.getByText('Remove all 2 names from this list?')).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(items(page)).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Clear all' })).toBeFocused();

  await page.getByRole('button', { name: 'Clear all' }).click();
  await page.getByRole('button', { name: 'Yes, clear the list' }).click();
  await expect(items(page)).toHaveCount(0);
  await expect(progress(page)).toHaveText('0 of 0 done');
  await expect(nameField(page)).toBeFocused();
  await page.reload();
  await expect(items(page)).toHaveCount(0);
});

test('still works when the browser refuses storage, and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/checklist');
  await expect(page.locator('[data-storage-note]')).toBeVisible();
  await addNames(page, 'Ada Lovelace');
  await item(page, 'Ada Lovelace').check();
  await expect(progress(page)).toHaveText('1 of 1 done: all withdrawn');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('says what it needs and gives the manual method', async ({ page }) => {
    await page.goto('/checklist');
    await expect(
      page.getByRole('heading', { name: 'The checklist needs JavaScript' }),
    ).toBeVisible();
    await expect(nameField(page)).toBeHidden();
    await expect(page.getByRole('heading', { name: 'By hand' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Open my Sent invitations/ })).toHaveAttribute(
      'href',
      'https://www.linkedin.com/mynetwork/invitation-manager/sent/',
    );
  });
});

// The page sweep runs axe on the checklist as it loads, empty; here it holds names, one ticked,
// and the clear-all question is open.
test('with names and the clear-all question open, passes axe in light and dark', async ({
  page,
}) => {
  for (const theme of ['light', 'dark'] as const) {
    await emulateTheme(page, theme);
    await page.goto('/checklist');
    await addNames(page, 'Ada Lovelace', 'Alan Turing');
    await item(page, 'Ada Lovelace').check();
    await page.getByRole('button', { name: 'Clear all' }).click();
    await expectAccessible(page);
    await page.evaluate(() => localStorage.clear());
  }
});
