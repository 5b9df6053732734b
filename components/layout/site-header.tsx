import { translator } from '@/lib/i18n/translator';
import { locales, type Locale } from '@/lib/locales';
import { MAIN_ID } from '@/lib/element-ids';
import { localePath, paths } from '@/lib/routes';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = translator(locale, 'site');
  return (
    <header className="border-b border-border">
      <a
        href={`#${MAIN_ID}`}
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-bg focus:p-2"
      >
        {t('skipToContent')}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <a href={localePath(locale, paths.home)} className="text-lg font-bold text-fg no-underline">
          {t('name')}
        </a>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <MainNav
            locale={locale}
            words={{
              label: t('nav.label'),
              guides: t('nav.guides'),
              troubleshoot: t('nav.troubleshoot'),
              faq: t('nav.faq'),
              learn: t('nav.learn'),
            }}
          />
          <LanguageSwitch
            current={locale}
            label={t('languages.label')}
            editions={locales.map((edition) => ({
              locale: edition,
              name: translator(edition, 'site')('language'),
            }))}
          />
          <ThemeToggle
            words={{ toDark: t('theme.toDark'), toLight: t('theme.toLight'), any: t('theme.any') }}
          />
        </div>
      </div>
    </header>
  );
}
