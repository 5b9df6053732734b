import { localeOf, type LocaleParams } from '@/components/pages/edition';
import { LearnIndexPage, learnIndexMetadata } from '@/components/pages/learn-pages';

export async function generateMetadata({ params }: { params: LocaleParams }) {
  return learnIndexMetadata(await localeOf(params));
}

export default async function Page({ params }: { params: LocaleParams }) {
  return <LearnIndexPage locale={await localeOf(params)} />;
}
