import { TroubleshootPage, troubleshootMetadata } from '@/components/pages/troubleshoot-pages';

export const metadata = troubleshootMetadata('en');

export default function Page() {
  return <TroubleshootPage locale="en" />;
}
