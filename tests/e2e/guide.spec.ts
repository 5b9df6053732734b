import type { Page, TestInfo } from '@playwright/test';
import { expect, expectAccessible, test, emulateTheme, waitForMotionLayer } from './fixtures';

/** Each browser project stands for one device; the site should recognise it. */
function devicePlatform(testInfo: TestInfo) {
  return ({ desktop: 'desktop', iphone: 'ios', pixel: 'android' } as const)[
    testInfo.project.name as 'desktop' | 'iphone' | 'pixel'
  ];
}

async function stepIds(page: Page) {
  // The step list is a JS-only control: unseen (so not in the accessibility tree) until the
  // page's scripts have started, which on a loaded machine can come after the first paint.
  await expect(page.locator('html')).toHaveAttribute('data-started', '');
  const hrefs = await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((link) => (link as HTMLAnchorElement).pathname.split('/').pop()!),
    );
  expect(hrefs.length).toBeGreaterThanOrEqual(4);
  return hrefs;
}

/** The home page's picker for the Sent-list guides (the profile route has its own, above it). */
const sentListPicker = (page: Page) =>
  page.getByRole('navigation', { name: 'From your Sent invitations: choose your device' });

const activeHeading = (page: Page) => page.locator('[data-step-panel][data-active] h2');
/** The wizard's own polite live region (Next's route announcer also repeats the title). */
const progress = (page: Page) => page.locator('[data-wizard] [aria-live="polite"]');

test(
  'the picker suggests this device and its guide walks to done',
  { tag: '@device' },
  async ({ page }, testInfo) => {
    const platform = devicePlatform(testInfo);
    await page.goto('/');
    const picker = sentListPicker(page);
    const suggested = picker.locator(`[data-platform-option="${platform}"]`);
    await expect(suggested.getByText('Suggested for this device')).toBeVisible();
    for (const other of ['desktop', 'ios', 'android'].filter((p) => p !== platform)) {
      await expect(
        picker.locator(`[data-platform-option="${other}"] [data-suggestion]`),
      ).toBeHidden();
    }

    await suggested.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/guide/${platform}$`));
    const ids = await stepIds(page);

    for (const [i, id] of ids.entries()) {
      await expect(progress(page)).toHaveText(`Step ${i + 1} of ${ids.length}`);
      await expect(page.locator('[data-step-panel][data-active]')).toHaveCount(1);
      await expect(page.locator(`[data-step-panel="${id}"]`)).toBeVisible();
      await expect(page.getByRole('link', { name: new RegExp(`^Step ${i + 1}:`) })).toHaveAttribute(
        'aria-current',
        'step',
      );
      if (i > 0) {
        await expect(page).toHaveURL(new RegExp(`/guide/${platform}/${id}$`));
        await expect(activeHeading(page)).toBeFocused();
      }
      await page
        .getByRole('button', { name: i === ids.length - 1 ? /I’ve done it/ : /Next/ })
        .click();
    }

    await expect(page).toHaveURL(new RegExp(`/guide/${platform}/done$`));
    const done = page.locator('[data-step-panel="done"]');
    await expect(done).toBeVisible();
    await expect(done.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(done).toContainText('three weeks');
    await expect(progress(page)).toHaveText('Done');
  },
);

test('a step URL opens that step, and Back and the arrow keys move through the flow', async ({
  page,
}, testInfo) => {
  const platform = devicePlatform(testInfo);
  await page.goto(`/guide/${platform}`);
  const ids = await stepIds(page);

  await page.goto(`/guide/${platform}/${ids[2]}`);
  await expect(progress(page)).toHaveText(`Step 3 of ${ids.length}`);
  await expect(page.locator(`[data-step-panel="${ids[2]}"]`)).toBeVisible();
  await expect(page.locator(`[data-step-panel="${ids[0]}"]`)).toBeHidden();

  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`/${ids[3]}$`));
  await expect(progress(page)).toHaveText(`Step 4 of ${ids.length}`);

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/${ids[2]}$`));
  await expect(page.locator(`[data-step-panel="${ids[2]}"]`)).toBeVisible();
  await expect(progress(page)).toHaveText(`Step 3 of ${ids.length}`);

  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(new RegExp(`/${ids[1]}$`));
  await page.getByRole('button', { name: /Back/ }).click();
  await expect(progress(page)).toHaveText(`Step 1 of ${ids.length}`);
  await expect(page.getByRole('button', { name: /Back/ })).toBeDisabled();

  await page.reload();
  await expect(progress(page)).toHaveText(`Step 1 of ${ids.length}`);
});

test('every step shows the Sent-list shortcut, a way out to troubleshooting, and sources', async ({
  page,
}, testInfo) => {
  const platform = devicePlatform(testInfo);
  await page.goto(`/guide/${platform}`);
  const shortcut = page.getByRole('link', { name: /Open my Sent invitations/ });
  await expect(shortcut).toHaveAttribute(
    'href',
    'https://www.linkedin.com/mynetwork/invitation-manager/sent/',
  );
  await expect(shortcut).toHaveAttribute('target', '_blank');
  await expect(shortcut).toHaveAttribute('rel', 'noopener noreferrer');
  await page.getByRole('link', { name: /^Then go on at step \d+: / }).click();
  await expect(page).toHaveURL(new RegExp(`/guide/${platform}/withdraw#withdraw$`));
  await expect(page.locator('[data-step-panel][data-active]')).toHaveAttribute(
    'data-step-panel',
    'withdraw',
  );
  await page.goBack();
  const mismatch = page
    .locator('[data-step-panel][data-active]')
    .getByRole('link', { name: /doesn.t match my screen/ });
  await expect(mismatch).toHaveAttribute('href', new RegExp(`platform=${platform}`));
  await expect(page.getByRole('complementary', { name: 'Sources' })).toContainText('Last checked');
});

test(
  'the last choice is remembered and wins over detection',
  { tag: '@device' },
  async ({ page }, testInfo) => {
    const chosen = devicePlatform(testInfo) === 'android' ? 'ios' : 'android';
    await page.goto(`/guide/${chosen}`);
    await expect(progress(page)).toHaveText(/^Step 1 of/);
    // The guide remembers the choice once its scripts run (the progress line is server-rendered,
    // so it can show before they have): wait for that, as a person who read step 1 would have.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('unsend.platform')))
      .toBe(chosen);
    await page.goto('/');
    // Both pickers (the profile route's and the Sent list's) suggest it.
    const pickers = page.getByRole('navigation', { name: /choose your device$/ });
    await expect(pickers).toHaveCount(2);
    for (const picker of await pickers.all()) {
      await expect(
        picker.locator(`[data-platform-option="${chosen}"]`).getByText('Your last choice'),
      ).toBeVisible();
      await expect(picker.getByText('Suggested for this device', { exact: true })).toHaveCount(3);
      for (const badge of await picker
        .getByText('Suggested for this device', { exact: true })
        .all())
        await expect(badge).toBeHidden();
    }
  },
);

test('the remove-connection flow walks to its done panel', async ({ page }, testInfo) => {
  const platform = devicePlatform(testInfo);
  await page.goto(`/remove-connection/${platform}`);
  const ids = await stepIds(page);
  for (let i = 0; i < ids.length; i++) await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`/remove-connection/${platform}/done$`));
  await expect(page.locator('[data-step-panel="done"]')).toContainText(/aren.t notified/);
});

// The page sweep runs axe on a wizard as it loads; the done panel is the state it doesn't show.
test('the done panel passes axe in light and dark', async ({ page }) => {
  for (const theme of ['light', 'dark'] as const) {
    await emulateTheme(page, theme);
    await page.goto('/guide/desktop/done');
    await expect(page.locator('[data-step-panel="done"]')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expectAccessible(page);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a guide lists every step in order, and the picker is plain links', async ({
    page,
  }, testInfo) => {
    const platform = devicePlatform(testInfo);
    await page.goto('/');
    for (const option of ['desktop', 'ios', 'android']) {
      await expect(
        sentListPicker(page).locator(`[data-platform-option="${option}"] a`),
      ).toHaveAttribute('href', `/guide/${option}`);
    }
    await page.goto(`/guide/${platform}/done`);
    const panels = page.locator('[data-step-panel]');
    const count = await panels.count();
    expect(count).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < count; i++) await expect(panels.nth(i)).toBeVisible();
    const headings = await page.locator('[data-step-panel] h2').allInnerTexts();
    headings.slice(0, -1).forEach((text, i) => expect(text).toMatch(new RegExp(`^${i + 1}\\s`)));
    await expect(page.getByRole('button', { name: /Next/ })).toBeHidden();
  });

  test('each step offers a prefilled report of a screen that doesn’t match', async ({
    page,
  }, testInfo) => {
    const platform = devicePlatform(testInfo);
    await page.goto(`/guide/${platform}/confirm`);
    const step = page.locator('[data-step-panel="confirm"]');
    await expect(step).toContainText(/LinkedIn’s screen last seen .+, by /);
    const href = await step
      .getByRole('link', { name: 'Tell us what your screen shows' })
      .getAttribute('href');
    const report = new URL(href!);
    expect(report.protocol).toBe('mailto:');
    const body = report.searchParams.get('body')!;
    expect(body).toContain(`/guide/${platform}/confirm`);
    expect(body).toContain('Step: confirm');
    expect(body).toContain(`Platform: ${platform}`);
    expect(body).toMatch(/Page built: \d{4}-\d{2}-\d{2}/);
  });
});

test.describe('unknown addresses', () => {
  test.use({ allowedConsoleErrors: [/404/] });

  test('an unknown platform or step is a real 404 with a way back', async ({ page }) => {
    for (const path of [
      '/guide/windows',
      '/guide/ios/no-such-step',
      '/remove-connection/blackberry',
    ]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      await page.getByRole('link', { name: /Choose your device/ }).click();
      await expect(page).toHaveURL(/\/$/);
    }
  });
});

test('printing a guide shows every step and no buttons', async ({ page }, testInfo) => {
  const platform = devicePlatform(testInfo);
  await page.goto(`/guide/${platform}`);
  await expect(progress(page)).toHaveText(/^Step 1 of/);
  await page.emulateMedia({ media: 'print' });
  const panels = page.locator('[data-step-panel]');
  const count = await panels.count();
  for (let i = 0; i < count; i++) await expect(panels.nth(i)).toBeVisible();
  await expect(page.getByRole('button', { name: /Next/ })).toBeHidden();
  await expect(page.getByRole('link', { name: /Open my Sent invitations/ })).toBeHidden();
});

test('the theme toggle switches light and dark, and the choice survives a reload', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(15, 20, 25)');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  await expect(html).toHaveAttribute('data-theme', 'light');
});

type Frame = { transform: string; opacity: number };

/**
 * Clicks a wizard button and records the active panel's computed transform and opacity from
 * before the click until the step that arrives has come to rest: on every DOM change in the
 * wizard (so the arriving panel's first, starting state is caught however slow the machine) and
 * on every frame between. Waits first for the motion layer: it arrives after the load event,
 * and a step shown before it had loaded rightly doesn't animate.
 */
async function framesAfterClicking(page: Page, name: RegExp): Promise<Frame[]> {
  await waitForMotionLayer(page);
  await page.evaluate(() => {
    const seen: Frame[] = [];
    const atRest = (frame: Frame) => frame.transform === 'none' && frame.opacity === 1;
    let moved = false;
    const record = () => {
      const panel = document.querySelector('[data-step-panel][data-active] > div');
      if (!panel) return;
      const style = getComputedStyle(panel);
      const frame = { transform: style.transform, opacity: Number(style.opacity) };
      seen.push(frame);
      moved ||= !atRest(frame);
    };
    const observer = new MutationObserver(record);
    observer.observe(document.querySelector('[data-wizard]')!, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['style', 'data-active'],
    });
    const recording = window as unknown as { __arrival: Promise<Frame[]> };
    recording.__arrival = new Promise((resolve) => {
      const sample = () => {
        record();
        // Done once the new step has moved and come to rest.
        if (moved && atRest(seen.at(-1)!)) {
          observer.disconnect();
          resolve(seen);
        } else requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
  });
  await page.getByRole('button', { name }).click();
  const seen = await page.evaluate(
    () => (window as unknown as { __arrival: Promise<Frame[]> }).__arrival,
  );
  expect(seen.at(-1)).toEqual({ transform: 'none', opacity: 1 });
  return seen;
}

/** Horizontal offset of a computed transform (`none` or `matrix(a, b, c, d, e, f)`), in px. */
const offsetX = (transform: string) =>
  transform === 'none' ? 0 : Number(transform.match(/^matrix\((?:[^,]+,){4}\s*([^,]+),/)![1]);

test('changing step slides the new step in from the side it comes from', async ({
  page,
}, testInfo) => {
  await page.goto(`/guide/${devicePlatform(testInfo)}`);
  await expect(progress(page)).toHaveText(/^Step 1 of/);
  const forward = await framesAfterClicking(page, /Next/);
  expect(forward.some(({ transform }) => offsetX(transform) > 0)).toBe(true);
  expect(forward.some(({ transform }) => offsetX(transform) < 0)).toBe(false);
  const back = await framesAfterClicking(page, /Back/);
  expect(back.some(({ transform }) => offsetX(transform) < 0)).toBe(true);
  expect(back.some(({ opacity }) => opacity < 1)).toBe(true);
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('changing step fades without moving', async ({ page }, testInfo) => {
    await page.goto(`/guide/${devicePlatform(testInfo)}`);
    await expect(progress(page)).toHaveText(/^Step 1 of/);
    const seen = await framesAfterClicking(page, /Next/);
    expect(seen.filter(({ transform }) => transform !== 'none')).toEqual([]);
    expect(seen.some(({ opacity }) => opacity < 1)).toBe(true);
  });
});
