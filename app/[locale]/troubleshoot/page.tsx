import { localeOf, type LocaleParams } from '@/components/pages/edition';
import { TroubleshootPage, troubleshootMetadata } from '@/components/pages/troubleshoot-start-page';

export async function generateMetadata({ params }: { params: LocaleParams }) {
  return troubleshootMetadata(await localeOf(params));
}

export default async function Page({ params }: { params: LocaleParams }) {
  return <TroubleshootPage locale={await localeOf(params)} />;
}
