import {
  TroubleshootMapPage,
  troubleshootMapMetadata,
} from '@/components/pages/troubleshoot-map-page';

export const metadata = troubleshootMapMetadata('en');

export default function Page() {
  return <TroubleshootMapPage locale="en" />;
}
