import { tree } from '@/content/troubleshooter/tree';
import { nodeHref } from '@/lib/troubleshooter/load';
import { flowPath, stepHeadingId, troubleshooterHref } from './routes';

describe('flowPath', () => {
  it('puts each flow kind under its own prefix, the step after the platform', () => {
    expect(flowPath('withdraw', 'ios')).toBe('/guide/ios');
    expect(flowPath('withdraw', 'ios', 'open-sent')).toBe('/guide/ios/open-sent');
    expect(flowPath('remove-connection', 'android', 'done')).toBe(
      '/remove-connection/android/done',
    );
  });
});

describe('stepHeadingId', () => {
  it('never gives a step the id of a page landmark (main is the skip link’s target)', () => {
    expect(stepHeadingId('main')).not.toBe('main');
    expect(stepHeadingId('done')).toBe('step-done');
  });
});

describe('nodeHref', () => {
  it('gives the start node the entry page’s address, and every other node its own', () => {
    expect(nodeHref(tree.start)).toBe('/troubleshoot');
    const others = Object.keys(tree.nodes).filter((id) => id !== tree.start);
    expect(others.length).toBeGreaterThan(0);
    for (const id of others) expect(nodeHref(id)).toBe(`/troubleshoot/${id}`);
  });
});

describe('troubleshooterHref', () => {
  it('names the platform, and the step (with its guide unless it is the withdraw one)', () => {
    expect(troubleshooterHref()).toBe('/troubleshoot');
    expect(troubleshooterHref('ios')).toBe('/troubleshoot?platform=ios');
    expect(troubleshooterHref('ios', 'withdraw')).toBe('/troubleshoot?platform=ios&step=withdraw');
    expect(troubleshooterHref('android', 'confirm', 'remove-connection')).toBe(
      '/troubleshoot?platform=android&step=confirm&flow=remove-connection',
    );
  });
});
