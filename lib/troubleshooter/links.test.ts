import { tree } from '@/content/troubleshooter/tree';
import { nodeHref, troubleshooterHref } from './links';

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
