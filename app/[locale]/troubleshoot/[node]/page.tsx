import { localeOf } from '@/components/pages/edition';
import {
  TroubleshootNodePage,
  nodeMetadata,
  nodeParams,
} from '@/components/pages/troubleshoot-node-page';

type Params = Promise<{ locale: string; node: string }>;

export const dynamicParams = false;
export const generateStaticParams = nodeParams;

export async function generateMetadata({ params }: { params: Params }) {
  return nodeMetadata((await params).node, await localeOf(params));
}

export default async function Page({ params }: { params: Params }) {
  return <TroubleshootNodePage id={(await params).node} locale={await localeOf(params)} />;
}
