import { FaqCategory } from '@/components/faq/faq-category';
import { FaqHashOpener } from '@/components/faq/faq-hash-opener';
import { FaqItem } from '@/components/faq/faq-item';
import { FaqSearch } from '@/components/faq/faq-search';
import { FaqToggleAll } from '@/components/faq/faq-toggle-all';
import { faqSections, loadFaq } from '@/lib/faq/load';
import { categoryAnchor } from '@/lib/faq/schema';
import { faqSearchDocs } from '@/lib/faq/search-docs';
import { pageMetadata } from '@/lib/metadata';

export const metadata = pageMetadata({
  title: 'Questions and answers',
  description:
    'Will they know? Can I send it again? How long does an invitation stay pending? Short, checked answers about withdrawing LinkedIn invitations.',
  path: '/faq',
});

export default function FaqPage() {
  const items = loadFaq();
  return (
    <div>
      <h1 className="text-3xl font-bold">Questions and answers</h1>
      <p className="mt-3 max-w-prose text-lg text-muted">
        About withdrawing LinkedIn invitations, what happens after, and LinkedIn&apos;s limits. Each
        answer lists the LinkedIn Help pages it comes from.
      </p>
      <div className="mt-6 flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="flex-1">
          <FaqSearch docs={faqSearchDocs(items)} />
        </div>
        <FaqToggleAll />
      </div>
      {faqSections(items).map((section) => (
        <FaqCategory
          key={section.category}
          title={section.category}
          anchor={categoryAnchor(section.category)}
          ids={section.items.map((item) => item.id)}
        >
          {section.items.map((item) => (
            <FaqItem key={item.id} item={item} />
          ))}
        </FaqCategory>
      ))}
      <FaqHashOpener />
    </div>
  );
}
