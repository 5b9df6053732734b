import { localeOf, type LocaleParams } from '@/components/pages/edition';
import { NotFoundPage, notFoundMetadata } from '@/components/pages/not-found-page';

/**
 * Each edition's 404 page, written to out/<locale>/404.html: the static server and the host
 * config answer a missing address under /de/ or /fr/ with it (status 404), as 404.html answers
 * one anywhere else. Only that one file is pre-rendered; any other address here is a 404.
 */
export const dynamicParams = false;

export function generateStaticParams() {
  return [{ missing: ['404'] }];
}

export async function generateMetadata({ params }: { params: LocaleParams }) {
  return notFoundMetadata(await localeOf(params));
}

export default async function Page({ params }: { params: LocaleParams }) {
  return <NotFoundPage locale={await localeOf(params)} />;
}
