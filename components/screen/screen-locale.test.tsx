import { render, within } from '@testing-library/react';
import type { Locale } from '@/lib/locales';
import { platforms, type Platform } from '@/lib/platform/platforms';
import english from '@/content/interface/screens.json';
import { highlightsOf, screenViews } from '@/lib/screens/catalog';
import { labelText } from '@/lib/screens/labels';
import { screenWords } from '@/lib/screens/words';
import { Screen } from './screen';

function draw(locale: Locale, platform: Platform) {
  const { container } = render(
    <Screen
      platform={platform}
      view="pending-profile"
      highlight="pending"
      locale={locale}
      words={screenWords(locale)}
    />,
  );
  const svg = within(container).getByRole('img');
  const callout = container.querySelector('[data-highlight="pending"]')!.textContent;
  return { name: svg.getAttribute('aria-label')!, callout };
}

/** The guide's own English words around a drawing: none may show on a German or French page. */
const englishWords = /\b(Click|Tap|Drawing|highlighted|web browser|app|button|next to)\b/;

describe('a drawing on a German or French page', () => {
  it.each([
    {
      locale: 'de',
      platform: 'desktop',
      callout: (label: string) => `Auf ${label} klicken`,
      name: /^Zeichnung \(im Webbrowser\): .+\. Hervorgehoben ist die Schaltfläche (.+) neben .+\.$/,
    },
    {
      locale: 'de',
      platform: 'ios',
      callout: (label: string) => `${label} antippen`,
      name: /^Zeichnung \(in der iPhone-App\): .+\. Hervorgehoben ist die Schaltfläche (.+) neben .+\.$/,
    },
    {
      locale: 'fr',
      platform: 'desktop',
      callout: (label: string) => `Cliquez sur ${label}`,
      name: /^Dessin\u202f: .+, dans un navigateur web\. En surbrillance\u202f: le bouton (.+), à côté du bouton .+\.$/,
    },
    {
      locale: 'fr',
      platform: 'android',
      callout: (label: string) => `Touchez ${label}`,
      name: /^Dessin\u202f: .+, dans l’application Android\. En surbrillance\u202f: le bouton (.+), à côté du bouton .+\.$/,
    },
  ] as const)(
    '$locale / $platform: callout and text alternative in that language, naming the registry’s label',
    ({ locale, platform, callout, name }) => {
      const label = labelText('pending', platform, locale);
      const drawn = draw(locale, platform);
      expect(drawn.callout).toBe(callout(label));
      expect(drawn.name).toMatch(name);
      expect(drawn.name.match(name)![1]).toBe(label);
      expect(drawn.name.replaceAll(label, '')).not.toMatch(englishWords);
      expect(drawn.callout!.replace(label, '')).not.toMatch(englishWords);
    },
  );

  it('shows the language’s label where the registry has one for the surface (German web: Ausstehend)', () => {
    expect(draw('de', 'desktop').callout).toBe('Auf Ausstehend klicken');
    expect(draw('fr', 'desktop').callout).toBe('Cliquez sur En attente');
  });

  it('keeps English as it was', () => {
    const drawn = draw('en', 'desktop');
    expect(drawn.callout).toBe('Click Pending');
    expect(drawn.name).toBe(
      'Drawing of the profile of someone you invited in a web browser: the Pending button, next to Message is highlighted.',
    );
  });
});

describe('the screens catalog’s words', () => {
  it('cover exactly the views and elements lib/screens/catalog.ts has, in English', () => {
    const views = english.views as Record<string, { targets: Record<string, unknown> }>;
    expect(Object.keys(views).sort()).toEqual([...screenViews].sort());
    for (const view of screenViews) {
      expect(Object.keys(views[view]!.targets).sort(), view).toEqual(
        [...highlightsOf(view)].sort(),
      );
    }
  });
});

describe.each(['de', 'fr'] as const)('every %s drawing', (locale) => {
  const cases = platforms.flatMap((platform) =>
    screenViews.flatMap((view) =>
      highlightsOf(view).map((highlight) => ({ platform, view, highlight })),
    ),
  );
  const rect = (element: Element) => {
    const n = (name: string) => Number(element.getAttribute(name));
    return { x: n('x'), y: n('y'), w: n('width'), h: n('height') };
  };

  it.each(cases)(
    '$platform / $view / $highlight: its longer callout stays inside, clear of the ring',
    ({ platform, view, highlight }) => {
      const { container } = render(
        <Screen
          platform={platform}
          view={view}
          highlight={highlight}
          locale={locale}
          words={screenWords(locale)}
        />,
      );
      const svg = within(container).getByRole('img');
      const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number) as number[];
      const callout = container.querySelector(`[data-highlight="${highlight}"]`)!;
      const [, ring, , , pill] = Array.from(callout.children);
      const a = rect(ring!);
      const b = rect(pill!);
      for (const box of [a, b]) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.w).toBeLessThanOrEqual(w!);
        expect(box.y + box.h).toBeLessThanOrEqual(h!);
      }
      expect(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h).toBe(false);
      expect(svg.getAttribute('aria-label')).not.toMatch(/Drawing of|is highlighted/);
    },
  );
});
