import { TroubleshootPage, troubleshootMetadata } from '@/components/pages/troubleshoot-start-page';

export const metadata = troubleshootMetadata('en');

export default function Page() {
  return <TroubleshootPage locale="en" />;
}
