import { LearnPage, learnMetadata, learnParams } from '@/components/pages/learn-pages';

type Params = Promise<{ slug: string }>;

export const dynamicParams = false;
export const generateStaticParams = learnParams;

export async function generateMetadata({ params }: { params: Params }) {
  return learnMetadata((await params).slug, 'en');
}

export default async function Page({ params }: { params: Params }) {
  return <LearnPage slug={(await params).slug} locale="en" />;
}
