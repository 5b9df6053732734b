import { LearnIndexPage, learnIndexMetadata } from '@/components/pages/learn-pages';

export const metadata = learnIndexMetadata('en');

export default function Page() {
  return <LearnIndexPage locale="en" />;
}
