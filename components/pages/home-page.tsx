import { EditionSuggestion } from '@/components/layout/edition-suggestion';
import { StaleNotice } from '@/components/translation/stale-notice';
import { MdxContent } from '@/components/mdx/mdx-content';
import { SentInvitationsPanel } from '@/components/guide/sent-invitations-panel';
import { PlatformPicker } from '@/components/platform-picker/platform-picker';
import { SourcesList } from '@/components/sources-list';
import { translator } from '@/lib/i18n/translator';
import { locales, type Locale } from '@/lib/locales';
import { mergeProvenance } from '@/lib/sources/provenance';
import { loadDone } from '@/lib/guides/done';
import { loadFlow } from '@/lib/guides/load';
import { pageMetadata } from '@/lib/metadata';
import { loadPageCopy, type PageCopy } from '@/lib/pages/load';
import { platforms, type Platform } from '@/lib/platform/platforms';
import { learnPath, localePath, paths, type FlowKind } from '@/lib/routes';

export function homeMetadata(locale: Locale) {
  const t = translator(locale, 'site');
  return pageMetadata({
    title: { absolute: `${t('name')}: ${t('tagline')}` },
    description: loadPageCopy('home', locale).data.description ?? t('tagline'),
    path: paths.home,
    locale,
  });
}

/** A route's heading, its words, and the picker of its three guides. */
function Route({
  id,
  copy,
  kind,
  locale,
}: {
  id: string;
  copy: PageCopy;
  kind: FlowKind;
  locale: Locale;
}) {
  const t = translator(locale, 'home');
  const flows = platforms.map((platform) => loadFlow(kind, platform, locale));
  const stepCounts = Object.fromEntries(
    flows.map((flow) => [flow.platform, flow.steps.length]),
  ) as Record<Platform, number>;
  return (
    <section aria-labelledby={id} className="space-y-4">
      <h2 id={id} className="text-2xl font-bold">
        {copy.data.title}
      </h2>
      <div className="max-w-prose text-muted">
        <MdxContent source={copy.body} locale={locale} />
      </div>
      {kind === 'withdraw' && <SentInvitationsPanel locale={locale} />}
      <PlatformPicker
        kind={kind}
        label={t('chooseDevice', { route: copy.data.title.replace(/\s*\?$/, '') })}
        stepCounts={stepCounts}
        locale={locale}
      />
    </section>
  );
}

function Card({ id, copy, locale }: { id: string; copy: PageCopy; locale: Locale }) {
  return (
    <section aria-labelledby={id} className="rounded-xl bg-surface p-5">
      <h2 id={id} className="text-lg font-bold">
        {copy.data.title}
      </h2>
      <div className="mt-2 text-muted">
        <MdxContent source={copy.body} locale={locale} />
      </div>
    </section>
  );
}

export function HomePage({ locale }: { locale: Locale }) {
  const t = translator(locale, 'home');
  const copy = loadPageCopy('home', locale);
  const routes = [loadPageCopy('home-profile', locale), loadPageCopy('home-sent-list', locale)];
  const cards = [loadPageCopy('home-stuck', locale), loadPageCopy('home-many', locale)];
  const flows = (['profile', 'withdraw'] as const).flatMap((kind) =>
    platforms.map((platform) => loadFlow(kind, platform, locale)),
  );
  const link = (path: string) => localePath(locale, path);

  return (
    <div className="space-y-12">
      <EditionSuggestion
        offers={locales
          .filter((other) => other !== locale)
          .map((other) => {
            const words = translator(other, 'site');
            return {
              locale: other,
              href: localePath(other, paths.home),
              text: words('suggest.text'),
              go: words('suggest.go'),
              dismiss: words('suggest.dismiss'),
            };
          })}
      />
      <section className="space-y-4">
        <h1 className="max-w-3xl text-3xl font-bold sm:text-5xl">{copy.data.title}</h1>
        {copy.data.lead && <p className="max-w-prose text-lg text-muted">{copy.data.lead}</p>}
        <StaleNotice
          locale={locale}
          translations={[copy, ...routes, ...cards, ...flows].map((read) => read.translation)}
          englishHref={paths.home}
        />
      </section>

      <Route id="from-profile" copy={routes[0]!} kind="profile" locale={locale} />
      <Route id="from-sent-list" copy={routes[1]!} kind="withdraw" locale={locale} />

      <div className="grid gap-4 sm:grid-cols-2">
        <Card id="stuck" copy={cards[0]!} locale={locale} />
        <Card id="many" copy={cards[1]!} locale={locale} />
      </div>

      <section className="max-w-prose space-y-3">
        <MdxContent source={copy.body} locale={locale} />
        <ul className="space-y-1">
          <li>
            <a href={link(learnPath('what-happens-when-you-withdraw'))}>{t('more.withdraw')}</a>
          </li>
          <li>
            <a href={link(learnPath('avoid-accidental-invitations'))}>{t('more.avoid')}</a>
          </li>
          <li>
            <a href={link(learnPath('invitation-limits'))}>{t('more.limits')}</a>
          </li>
          <li>
            <a href={link(paths.faq)}>{t('more.faq')}</a>
          </li>
        </ul>
      </section>

      <SourcesList
        locale={locale}
        {...mergeProvenance([
          copy.data,
          ...routes.map((route) => route.data),
          ...cards.map((card) => card.data),
          loadPageCopy('sent-list-shortcut', locale).data,
          ...flows,
          loadDone('withdraw', locale).data,
        ])}
      />
    </div>
  );
}
