import type { Locale } from './locales';
import { screenReportHref } from './screen-report';
import { site } from './site';

describe('screenReportHref', () => {
  const href = screenReportHref({
    page: '/guide/ios/open-manage',
    step: 'open-manage',
    variant: 'show-all',
    platform: 'ios',
    built: '2026-12-07',
    lastSeen: '2026-09-10',
  });
  const url = new URL(href);

  it('writes to the one address lib/site.ts names', () => {
    expect(`${url.protocol}${url.pathname}`).toBe(site.screenReportAddress);
  });

  it('carries the page, step, variant, platform and dates', () => {
    expect(url.searchParams.get('subject')).toBe(
      "Unsend: my screen doesn't match (ios · open-manage · show-all)",
    );
    const body = url.searchParams.get('body')!;
    for (const line of [
      `Page: ${site.baseUrl}/guide/ios/open-manage`,
      'Step: open-manage',
      'Variant: show-all',
      'Platform: ios',
      'Page built: 2026-12-07',
      "Screen last seen in the guide's evidence: 2026-09-10",
    ])
      expect(body.split('\n')).toContain(line);
  });

  it('says so when the step has no variant and the evidence no date', () => {
    const body = new URL(
      screenReportHref({
        page: '/guide/desktop/confirm',
        step: 'confirm',
        platform: 'desktop',
        built: '2026-12-07',
      }),
    ).searchParams.get('body')!;
    expect(body).toContain('Variant: (none)');
    expect(body).toContain("Screen last seen in the guide's evidence: unknown");
  });
});

describe('screenReportHref in another language', () => {
  it('words the report in the page’s language, ids and dates as they are', () => {
    const url = new URL(
      screenReportHref(
        {
          page: '/de/guide/ios/open-manage',
          step: 'open-manage',
          platform: 'ios',
          built: '2026-12-07',
        },
        'de' as Locale,
      ),
    );
    expect(url.searchParams.get('subject')).toBe(
      'Unsend: Mein Bildschirm sieht anders aus (ios · open-manage)',
    );
    const body = url.searchParams.get('body')!.split('\n');
    expect(body).toContain(`Seite: ${site.baseUrl}/de/guide/ios/open-manage`);
    expect(body).toContain('Variante: (keine)');
    expect(body).toContain('Laut den Belegen des Guides zuletzt gesehen: unbekannt');
  });
});
