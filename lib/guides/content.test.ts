import { describe, expect, it } from 'vitest';
import { loadAllFlows } from './load';
import { stepScreens } from './schema';

const flows = loadAllFlows();

describe.each(flows.map((flow) => [flow.file, flow] as const))('%s', (_, flow) => {
  // The profile route is the short one: find the profile, press Pending, confirm.
  it(flow.flow === 'profile' ? 'has its 3 steps' : 'has 4 to 8 steps', () => {
    if (flow.flow === 'profile') {
      expect(flow.steps.map((step) => step.id)).toEqual([
        'find-profile',
        'press-pending',
        'confirm',
      ]);
      return;
    }
    expect(flow.steps.length).toBeGreaterThanOrEqual(4);
    expect(flow.steps.length).toBeLessThanOrEqual(8);
  });

  it('links only to pages of this site or to linkedin.com', () => {
    for (const target of flow.links.map((link) => link.href)) {
      expect(target).toMatch(/^(\/[a-z0-9/#-]*[a-z0-9]|https:\/\/www\.linkedin\.com\/\S*)$/);
    }
  });

  it('cites a LinkedIn Help article first, at its own address (current or archived)', () => {
    expect(flow.sources[0]!.url).toMatch(
      /^https:\/\/(www\.linkedin\.com\/help\/linkedin\/answer\/|help\.linkedin\.com\/app\/answers\/detail\/a_id\/)\w+$/,
    );
  });
});

describe('withdraw flows', () => {
  it.each(
    flows
      .filter((flow) => flow.flow === 'withdraw' || flow.flow === 'profile')
      .map((flow) => [flow.file, flow] as const),
  )('%s ends by confirming in the withdraw dialog', (_, flow) => {
    expect(stepScreens(flow.steps.at(-1)!)).toEqual([
      { view: 'withdraw-dialog', highlight: 'confirm-withdraw' },
    ]);
  });
});

describe('remove-connection flows', () => {
  it.each(
    flows
      .filter((flow) => flow.flow === 'remove-connection')
      .map((flow) => [flow.file, flow] as const),
  )('%s confirms the removal after choosing Remove connection', (_, flow) => {
    const views = flow.steps.flatMap((step) =>
      stepScreens(step).map((screen) => `${screen.view}/${screen.highlight}`),
    );
    const choose = views.indexOf('more-menu/remove-connection');
    expect(choose).toBeGreaterThanOrEqual(0);
    expect(views[choose + 1]).toBe('remove-dialog/confirm-remove');
  });
});
