import { localeOf, type LocaleParams } from '@/components/pages/edition';
import { HomePage, homeMetadata } from '@/components/pages/home-page';

export async function generateMetadata({ params }: { params: LocaleParams }) {
  return homeMetadata(await localeOf(params));
}

export default async function Page({ params }: { params: LocaleParams }) {
  return <HomePage locale={await localeOf(params)} />;
}
