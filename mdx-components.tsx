import type { ComponentPropsWithoutRef } from 'react';
import { Callout } from '@/components/mdx/callout';
import { PlatformOnly } from '@/components/mdx/platform-only';

/** Links in content: external ones open in a new tab without leaking the opener or referrer. */
function ContentLink(props: ComponentPropsWithoutRef<'a'>) {
  const external = /^https?:\/\//.test(props.href ?? '');
  return external ? <a {...props} target="_blank" rel="noopener noreferrer" /> : <a {...props} />;
}

/**
 * The one flat map of components MDX content may use. Content checks reject any other tag
 * (see lib/content/mdx.ts), so adding a component here is the only way to make it available.
 */
export const mdxComponents = {
  Callout,
  PlatformOnly,
  a: ContentLink,
};

/** Capitalised names: the tags content may write. */
export const contentTags = Object.keys(mdxComponents).filter((name) => /^[A-Z]/.test(name));
