import { localeOf, type LocaleParams } from '@/components/pages/edition';
import { ChecklistPage, checklistMetadata } from '@/components/pages/checklist-page';

export async function generateMetadata({ params }: { params: LocaleParams }) {
  return checklistMetadata(await localeOf(params));
}

export default async function Page({ params }: { params: LocaleParams }) {
  return <ChecklistPage locale={await localeOf(params)} />;
}
