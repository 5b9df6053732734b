import { FaqCategory } from '@/components/faq/faq-category';
import { FaqHashOpener } from '@/components/faq/faq-hash-opener';
import { FaqItem } from '@/components/faq/faq-item';
import { FaqSearch } from '@/components/faq/faq-search';
import { FaqToggleAll } from '@/components/faq/faq-toggle-all';
import { faqSections, loadFaq } from '@/lib/faq/load';
import { faqSearchDocs } from '@/lib/faq/search-docs';
import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';
import { absoluteUrl, pageMetadata } from '@/lib/metadata';
import { localePath, paths } from '@/lib/routes';

export function faqMetadata(locale: Locale) {
  const t = translator(locale, 'pages');
  return pageMetadata({
    title: t('faq.title'),
    description: t('faq.description'),
    path: paths.faq,
    locale,
  });
}

/**
 * An answer's opening sentences, about 120 characters: the direct answer, which every item
 * gives first. The page carries the structured data twice (HTML and React's payload), so whole
 * answers would add their text twice more to a page within an HTML budget.
 */
export function answerLead(answer: string, length = 120): string {
  let lead = '';
  for (const sentence of answer.split(/(?<=[.!?])\s+/)) {
    lead = lead ? `${lead} ${sentence}` : sentence;
    if (lead.length >= length) break;
  }
  return lead;
}

/** schema.org FAQPage in the page's language: each question, its answer's lead and its link. */
function faqStructuredData(locale: Locale, docs: ReturnType<typeof faqSearchDocs>): string {
  const url = absoluteUrl(localePath(locale, paths.faq));
  const data = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: locale,
    url,
    mainEntity: docs.map((doc) => ({
      '@type': 'Question',
      name: doc.question,
      url: `${url}#${doc.id}`,
      acceptedAnswer: { '@type': 'Answer', text: answerLead(doc.answer) },
    })),
  };
  // `<` escaped: no answer can close the script element.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function FaqPage({ locale }: { locale: Locale }) {
  const t = translator(locale, 'pages');
  const items = loadFaq(locale);
  const docs = faqSearchDocs(items, locale);
  return (
    <div>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: faqStructuredData(locale, docs) }}
      />
      <h1 className="text-3xl font-bold">{t('faq.title')}</h1>
      <p className="mt-3 max-w-prose text-lg text-muted">{t('faq.lead')}</p>
      <div className="mt-6 flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="flex-1">
          <FaqSearch count={items.length} locale={locale} />
        </div>
        <FaqToggleAll locale={locale} />
      </div>
      {faqSections(items).map((section) => (
        <FaqCategory
          key={section.category}
          category={section.category}
          ids={section.items.map((item) => item.id)}
          locale={locale}
        >
          {section.items.map((item) => (
            <FaqItem key={item.id} item={item} locale={locale} />
          ))}
        </FaqCategory>
      ))}
      <FaqHashOpener />
    </div>
  );
}
