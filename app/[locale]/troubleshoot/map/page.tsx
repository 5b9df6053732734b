import { localeOf, type LocaleParams } from '@/components/pages/edition';
import {
  TroubleshootMapPage,
  troubleshootMapMetadata,
} from '@/components/pages/troubleshoot-map-page';

export async function generateMetadata({ params }: { params: LocaleParams }) {
  return troubleshootMapMetadata(await localeOf(params));
}

export default async function Page({ params }: { params: LocaleParams }) {
  return <TroubleshootMapPage locale={await localeOf(params)} />;
}
