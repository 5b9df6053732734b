import { localeOf, type LocaleParams } from '@/components/pages/edition';
import { FaqPage, faqMetadata } from '@/components/pages/faq-page';

export async function generateMetadata({ params }: { params: LocaleParams }) {
  return faqMetadata(await localeOf(params));
}

export default async function Page({ params }: { params: LocaleParams }) {
  return <FaqPage locale={await localeOf(params)} />;
}
