import { MdxContent } from '@/components/mdx/mdx-content';
import { StaleNotice } from '@/components/translation/stale-notice';
import type { FaqItem as Item } from '@/lib/faq/load';
import type { Locale } from '@/lib/locales';
import { faqItemPath } from '@/lib/routes';
import { FaqDetails } from './faq-details';
import { FaqQuestion } from './faq-question';
import { FaqSources } from './faq-sources';

export function FaqItem({ item, locale }: { item: Item; locale: Locale }) {
  return (
    <FaqDetails id={item.id}>
      <summary className="cursor-pointer py-3 font-semibold marker:text-muted hover:text-accent">
        <FaqQuestion id={item.id} text={item.data.question} />
      </summary>
      <div className="pb-5 pl-4">
        <StaleNotice
          locale={locale}
          translations={[item.translation]}
          englishHref={faqItemPath(item.id)}
        />
        <div className="max-w-prose leading-relaxed" data-faq-answer>
          <MdxContent source={item.body} locale={locale} />
        </div>
        <FaqSources sources={item.data.sources} locale={locale} />
      </div>
    </FaqDetails>
  );
}
