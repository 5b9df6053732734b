import { FlowPage } from '@/components/guide/flow-page';
import { flowRoute, type FlowParams } from '@/lib/guides/page-params';

const route = flowRoute('profile');
export const dynamicParams = false;
export const generateStaticParams = route.staticParams;
export const generateMetadata = ({ params }: { params: FlowParams }) =>
  route.metadata(params, 'en');

export default async function Page({ params }: { params: FlowParams }) {
  const { platform, segment } = await route.page(params, 'en');
  return <FlowPage kind="profile" platform={platform} segment={segment} locale="en" />;
}
