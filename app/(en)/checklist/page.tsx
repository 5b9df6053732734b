import { ChecklistPage, checklistMetadata } from '@/components/pages/checklist-page';

export const metadata = checklistMetadata('en');

export default function Page() {
  return <ChecklistPage locale="en" />;
}
