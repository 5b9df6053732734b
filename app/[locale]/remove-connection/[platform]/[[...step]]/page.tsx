import { FlowPage } from '@/components/guide/flow-page';
import { localeOf } from '@/components/pages/edition';
import { flowRoute, type FlowParams } from '@/lib/guides/page-params';

type Params = Promise<{ locale: string; platform: string; step?: string[] }>;

const route = flowRoute('remove-connection');
export const dynamicParams = false;
export const generateStaticParams = route.staticParams;

export async function generateMetadata({ params }: { params: Params }) {
  return route.metadata(params as FlowParams, await localeOf(params));
}

export default async function Page({ params }: { params: Params }) {
  const locale = await localeOf(params);
  const { platform, segment } = await route.page(params as FlowParams, locale);
  return (
    <FlowPage kind="remove-connection" platform={platform} segment={segment} locale={locale} />
  );
}
