import { localeOf } from '@/components/pages/edition';
import { LearnPage, learnMetadata, learnParams } from '@/components/pages/learn-pages';

type Params = Promise<{ locale: string; slug: string }>;

export const dynamicParams = false;
export const generateStaticParams = learnParams;

export async function generateMetadata({ params }: { params: Params }) {
  return learnMetadata((await params).slug, await localeOf(params));
}

export default async function Page({ params }: { params: Params }) {
  return <LearnPage slug={(await params).slug} locale={await localeOf(params)} />;
}
