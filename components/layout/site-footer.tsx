import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';
import { site } from '@/lib/site';

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = translator(locale, 'site');
  return (
    <footer className="mt-16 border-t border-border">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-6 text-sm text-muted">
        <p>
          {t.rich('footer.independent', {
            name: t('name'),
            help: (chunks) => (
              <a href={site.linkedInHelpUrl} target="_blank" rel="noopener noreferrer">
                {chunks}
              </a>
            ),
          })}
        </p>
        <p>{t('footer.privacy')}</p>
      </div>
    </footer>
  );
}
