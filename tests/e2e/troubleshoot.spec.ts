import type { Page } from '@playwright/test';
import { tree } from '@/content/troubleshooter/tree';
import { nodePath } from '@/lib/routes';
import { enumeratePaths, routesOf } from '@/lib/troubleshooter/paths';
import { expect, expectAccessible, test, emulateTheme } from './fixtures';

// Device-independent: the platform comes from ?platform= or the stored choice, not the
// browser. Run on the desktop project only (see the report to the lead).

const kind = (page: Page) => page.locator('[data-page-kind]').getAttribute('data-page-kind');
const answerLabels = (page: Page) =>
  page.locator('[data-answers] a > span:first-child').allTextContents();
const answerHrefs = (page: Page) =>
  page.locator('[data-answers] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
const passage = (page: Page, platform: string) =>
  page.locator(`[data-node-body] [data-platform-only="${platform}"]`).first();

test('every path from the first question, clicked through, ends in an outcome', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const reached: string[] = [];

  async function explore(depth: number): Promise<void> {
    const here = page.url();
    if (depth > 0) {
      await expect(page.locator('#node-title')).toBeFocused();
      const answers = page.getByRole('region', { name: 'Your answers' });
      await expect(answers.locator('[data-trail-step]')).toHaveCount(depth);
      await expect(answers.getByRole('link', { name: /^Change/ })).toHaveCount(depth);
      await expect(answers.getByRole('link', { name: 'Start again' })).toHaveAttribute(
        'href',
        '/troubleshoot',
      );
      await expect(page.getByRole('link', { name: 'Back', exact: true })).toBeVisible();
    }
    if ((await kind(page)) === 'outcome') {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/\w/);
      await expect(page.locator('[data-node-body]')).toContainText(/\w+ \w+ \w+/);
      await expect(page.getByRole('heading', { name: 'What next' })).toBeVisible();
      await expect(page.getByRole('complementary', { name: 'Sources' })).toContainText(
        'Last checked',
      );
      reached.push(new URL(here).pathname);
      return;
    }
    const labels = await answerLabels(page);
    expect(labels.length).toBeGreaterThanOrEqual(2);
    for (const label of labels) {
      await page.locator('[data-answers]').getByRole('link', { name: label, exact: true }).click();
      await page.waitForURL((url) => url.href !== here);
      await expect(page.locator('[data-trail-step]').last()).toContainText(label);
      await explore(depth + 1);
      await page.goBack();
      await expect(page).toHaveURL(here);
    }
  }

  await page.goto('/troubleshoot');
  await explore(0);
  const expected = enumeratePaths(tree).map((path) => `/troubleshoot/${path.at(-1)}`);
  expect(reached.sort()).toEqual(expected.sort());
});

test('the first question has one address: /troubleshoot', async ({ page }) => {
  const response = await page.request.get(`/troubleshoot/${tree.start}`);
  expect(response.status()).toBe(404);

  await page.goto('/troubleshoot/check-profile');
  await expect(page.getByRole('link', { name: 'Back', exact: true })).toHaveAttribute(
    'href',
    '/troubleshoot',
  );
  await page
    .getByRole('region', { name: 'Your answers' })
    .getByRole('link', { name: 'Change your answer to “What’s going wrong?”' })
    .click();
  await expect(page).toHaveURL(/\/troubleshoot$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  // The entry page: the device question (the platform is still a guess) above the first one.
  await expect(page.getByRole('region', { name: 'Which device are you using?' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'What’s going wrong?' })).toBeVisible();
});

test('Change goes back to that question; Start again to the beginning', async ({ page }) => {
  await page.goto('/troubleshoot/try-app');
  const answers = page.getByRole('region', { name: 'Your answers' });
  await answers.getByRole('link', { name: /^Change your answer to “Where are you using/ }).click();
  await expect(page).toHaveURL(/\/troubleshoot\/where-using$/);
  await expect(page.locator('#node-title')).toBeFocused();
  await expect(page.locator('[data-trail-step]')).toHaveCount(3);

  await page.getByRole('link', { name: 'Start again' }).click();
  await expect(page).toHaveURL(/\/troubleshoot$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  expect(await answerHrefs(page)).toEqual(
    routesOf(tree, tree.start).map((answer) => nodePath(answer.next, tree.start)),
  );
});

test('from a guide step: no device question, the step named, iPhone instructions', async ({
  page,
}) => {
  await page.goto('/troubleshoot?platform=ios&step=withdraw');
  await expect(page.getByRole('region', { name: 'Which device are you using?' })).toBeHidden();
  const note = page.locator('[data-step-note]');
  await expect(note).toContainText('Tap Withdraw beside the person');
  await expect(note.getByRole('link', { name: 'Back to that step' })).toHaveAttribute(
    'href',
    '/guide/ios/withdraw',
  );

  await page.getByRole('link', { name: 'They’ve already accepted my invitation' }).click();
  await expect(passage(page, 'ios')).toBeVisible();
  await expect(passage(page, 'ios')).toContainText('iPhone');
  await expect(passage(page, 'desktop')).toBeHidden();
  await expect(passage(page, 'android')).toBeHidden();
  await expect(page.getByText('Instructions for: iPhone or iPad')).toBeVisible();

  await page.getByRole('link', { name: 'Android', exact: true }).click();
  await expect(passage(page, 'android')).toBeVisible();
  await expect(passage(page, 'ios')).toBeHidden();
  await expect(page.getByText('Instructions for: Android')).toBeVisible();
});

test('once a device is chosen, every page names it and offers to change it', async ({ page }) => {
  const line = page.locator('[data-device-line]');
  await page.goto('/troubleshoot');
  // While the device is a guess, the entry page asks the device question instead.
  await expect(line).toBeHidden();

  await page.goto('/troubleshoot?platform=ios');
  await expect(page.getByRole('region', { name: 'Which device are you using?' })).toBeHidden();
  await expect(line.getByText('Your device: iPhone or iPad')).toBeVisible();

  // A page whose words are the same on every device still names it, with the change.
  await page.goto('/troubleshoot/restricted');
  await expect(line.getByText('Your device: iPhone or iPad')).toBeVisible();
  await line.getByRole('link', { name: 'Desktop', exact: true }).click();
  await expect(page).toHaveURL(/\/troubleshoot\/restricted\?platform=desktop$/);
  await expect(line.getByText('Your device: Desktop browser')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-platform', 'desktop');
});

test('a profile showing Pending is withdrawn from the profile, with Follow-only handled', async ({
  page,
}) => {
  await page.goto('/troubleshoot?platform=desktop');
  await page
    .getByRole('link', { name: 'I can’t find the Sent list, the person or the Withdraw button' })
    .click();
  await page.getByRole('link', { name: 'A Pending button' }).click();
  await expect(page).toHaveURL(/\/troubleshoot\/withdraw-from-profile$/);
  await expect(passage(page, 'desktop')).toContainText('Click Pending under their name');
  await expect(
    passage(page, 'desktop').getByRole('link', { name: 'Step by step, with pictures' }),
  ).toHaveAttribute('href', '/from-profile/desktop/press-pending#press-pending');
  await expect(passage(page, 'ios')).toBeHidden();

  await page.goBack();
  await page.getByRole('link', { name: 'Only Follow: no Connect or Pending button' }).click();
  await expect(page).toHaveURL(/\/troubleshoot\/follow-only$/);
  await expect(passage(page, 'desktop')).toContainText('Withdraw invitation');
});

test('ignores a step it does not know', async ({ page }) => {
  await page.goto('/troubleshoot?platform=ios&step=no-such-step');
  await expect(page.getByRole('heading', { level: 2, name: 'What’s going wrong?' })).toBeVisible();
  await expect(page.locator('[data-step-note]')).toHaveCount(0);
});

test('the map shows every node, linked', async ({ page }) => {
  await page.goto('/troubleshoot/map');
  const map = page.locator('[data-tree-map]');
  for (const id of Object.keys(tree.nodes)) {
    const href = id === tree.start ? '/troubleshoot' : `/troubleshoot/${id}`;
    await expect(map.locator(`a[href="${href}"]`)).toHaveCount(1);
  }
});

test.describe('with JavaScript, the tree navigates within the page', () => {
  type Frame = { transform: string; opacity: number };
  type Recorded = { __marker?: string; __frames?: Frame[] };

  /**
   * Marks the document and records the node's computed transform and opacity, once the motion
   * layer (fetched after the load event) has arrived: on every DOM change (so an arriving node's
   * first, starting state is caught however slow the machine) and every frame.
   */
  async function watch(page: Page) {
    await expect(page.locator('html')).toHaveAttribute('data-motion', 'ready');
    await page.evaluate(() => {
      const recorded = window as Recorded;
      recorded.__marker = 'same document';
      const frames: Frame[] = (recorded.__frames = []);
      const record = () => {
        const node = document.querySelector('[data-node-transition]');
        if (node) {
          const style = getComputedStyle(node);
          frames.push({ transform: style.transform, opacity: Number(style.opacity) });
        }
      };
      new MutationObserver(record).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['style'],
      });
      const sample = () => {
        record();
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
  }
  const recorded = (page: Page) =>
    page.evaluate((): Recorded => {
      const { __marker, __frames } = window as Recorded;
      return { __marker, __frames };
    });
  /** Waits for the node to finish arriving, then returns every sampled frame. */
  async function settledFrames(page: Page) {
    await expect
      .poll(async () => (await recorded(page)).__frames?.at(-1))
      .toEqual({ transform: 'none', opacity: 1 });
    return (await recorded(page)).__frames!;
  }

  const firstAnswer = routesOf(tree, tree.start)[0]!;
  const firstAnswerLink = (page: Page) =>
    page.locator(`[data-answers] a[href="${nodePath(firstAnswer.next, tree.start)}"]`);

  test('an answer loads no new page: the node animates in and its heading takes focus', async ({
    page,
  }) => {
    await page.goto('/troubleshoot');
    await watch(page);
    const label = (await firstAnswerLink(page).locator('span').first().textContent())!;
    await firstAnswerLink(page).click();
    await expect(page).toHaveURL(new RegExp(`/troubleshoot/${firstAnswer.next}$`));
    await expect(page.locator('#node-title')).toBeFocused();
    await expect(page.locator('[data-trail-step]')).toContainText(label);
    expect((await recorded(page)).__marker).toBe('same document');
    const frames = await settledFrames(page);
    expect(frames.some((frame) => frame.opacity < 1)).toBe(true);
    expect(frames.some((frame) => frame.transform !== 'none')).toBe(true);

    await page.goBack();
    await expect(page).toHaveURL(/\/troubleshoot$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.locator('[data-trail-step]')).toHaveCount(0);
    expect((await recorded(page)).__marker).toBe('same document');
  });

  test('with reduced motion the node fades in without moving', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/troubleshoot');
    await watch(page);
    await firstAnswerLink(page).click();
    await expect(page.locator('#node-title')).toBeFocused();
    expect((await recorded(page)).__marker).toBe('same document');
    const frames = await settledFrames(page);
    expect(frames.some((frame) => frame.opacity < 1)).toBe(true);
    expect(frames.filter((frame) => frame.transform !== 'none')).toEqual([]);
  });

  test('the device choice is a full page load, so the head script stores it', async ({ page }) => {
    await page.goto('/troubleshoot');
    await watch(page);
    await page.getByRole('link', { name: 'iPhone or iPad' }).click();
    await expect(page).toHaveURL(/platform=ios/);
    await expect(page.locator('html')).toHaveAttribute('data-platform-source', 'chosen');
    expect((await recorded(page)).__marker).toBeUndefined();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a path still works, showing every platform’s instructions labelled', async ({ page }) => {
    await page.goto('/troubleshoot');
    await expect(page.getByRole('region', { name: 'Which device are you using?' })).toBeHidden();
    await page
      .getByRole('link', { name: 'I can’t find the Sent list, the person or the Withdraw button' })
      .click();
    await expect(page).toHaveURL(/\/troubleshoot\/check-profile$/);
    await page.getByRole('link', { name: /we’re connected/ }).click();
    await expect(page).toHaveURL(/\/troubleshoot\/profile-connected$/);

    for (const [platform, label] of [
      ['desktop', 'Desktop browser'],
      ['ios', 'iPhone or iPad'],
      ['android', 'Android'],
    ]) {
      await expect(passage(page, platform!)).toBeVisible();
      await expect(passage(page, platform!).getByRole('heading')).toHaveText(label!);
    }
    await expect(page.getByText('Instructions for:').first()).toBeHidden();
    await expect(page.locator('[data-trail-step]')).toHaveCount(2);

    await page
      .getByRole('link', { name: /^Change your answer to “What does their profile/ })
      .click();
    await expect(page).toHaveURL(/\/troubleshoot\/check-profile$/);
    await page.getByRole('link', { name: 'Start again' }).click();
    await expect(page).toHaveURL(/\/troubleshoot$/);
  });
});

// The page sweep runs axe on a question, an outcome and the map as they load; what it doesn't
// load is a device chosen, which puts that device's instructions and the device line on the page.
test('with a device chosen, question and outcome pass axe in light and dark', async ({ page }) => {
  for (const theme of ['light', 'dark'] as const) {
    await emulateTheme(page, theme);
    for (const url of [
      '/troubleshoot/check-profile?platform=ios',
      '/troubleshoot/withdraw-from-profile?platform=android',
    ]) {
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expectAccessible(page);
    }
  }
});
