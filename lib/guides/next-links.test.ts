import { nextLinkSchema, resolveNextLinks } from './next-links';

describe('resolveNextLinks', () => {
  it('opens flows on the person’s device and tells the troubleshooter which one it is', () => {
    expect(
      resolveNextLinks(
        [
          { label: 'FAQ', href: '/faq' },
          { label: 'Remove the connection', flow: 'remove-connection' },
          { label: 'Troubleshoot', href: '/troubleshoot' },
        ],
        'android',
      ),
    ).toEqual([
      { label: 'FAQ', href: '/faq' },
      { label: 'Remove the connection', href: '/remove-connection/android' },
      { label: 'Troubleshoot', href: '/troubleshoot?platform=android' },
    ]);
  });
});

describe('nextLinkSchema', () => {
  it.each([
    [{ label: 'Away', href: 'https://example.com/' }],
    [{ label: '', href: '/faq' }],
    [{ label: 'Both', href: '/faq', flow: 'withdraw' }],
    [{ label: 'Unknown flow', flow: 'block' }],
  ])('rejects %j', (link) => {
    expect(nextLinkSchema.safeParse(link).success).toBe(false);
  });
});
