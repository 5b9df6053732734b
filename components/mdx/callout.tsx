import { translator } from '@/lib/i18n/translator';
import { defaultLocale, type Locale } from '@/lib/locales';
import type { ContentComponentProps } from './props';

/** A short aside in content: `<Callout kind="warning">…</Callout>`, announced in the page's language. */
export function Callout({
  kind = 'note',
  children,
  locale = defaultLocale,
}: ContentComponentProps<'Callout'> & { locale?: Locale }) {
  const t = translator(locale, 'mdx');
  return (
    <div
      role="note"
      className={`my-4 rounded-lg border-l-4 bg-surface px-4 py-3 ${kind === 'warning' ? 'border-warn' : 'border-accent'}`}
    >
      <p className="sr-only">{kind === 'warning' ? t('warning') : t('note')}</p>
      {children}
    </div>
  );
}
