import { contentErrorOf } from '@/tests/content-folder';
import { pendingFixChecks } from './pending-fixes';

const problem = (rule: string, text: string) => ({
  field: 'body',
  rule,
  problem: `"${text}" breaks ${rule}`,
});

describe('pending fixes', () => {
  const fixes = [
    { file: 'content/faq/a.mdx', rule: 'no-gear-icon', includes: 'gear (settings)' },
    { file: 'content/faq/b.mdx', rule: 'no-help-home-source' },
  ];

  it('excuse only the named break in the named file', () => {
    const checks = pendingFixChecks(fixes);
    expect(
      checks.isPending('content/faq/a.mdx', problem('no-gear-icon', 'a gear (settings) icon')),
    ).toBe(true);
    expect(checks.isPending('content/faq/a.mdx', problem('no-gear-icon', 'the gear icon'))).toBe(
      false,
    );
    expect(
      checks.isPending('content/faq/c.mdx', problem('no-gear-icon', 'a gear (settings) icon')),
    ).toBe(false);
    expect(checks.isPending('content/faq/b.mdx', problem('no-help-home-source', 'any'))).toBe(true);
    expect(() => checks.assertNoneStale()).not.toThrow();
  });

  it('fail once the content is fixed, naming the entry to delete', () => {
    const checks = pendingFixChecks(fixes);
    checks.isPending('content/faq/b.mdx', problem('no-help-home-source', 'any'));
    const error = contentErrorOf(() => checks.assertNoneStale());
    expect(error.file).toBe('content/faq/a.mdx');
    expect(error.message).toMatch(
      /no longer breaks no-gear-icon \("gear \(settings\)"\): delete its entry/,
    );
  });
});
