import type { ComponentType } from 'react';
import { Callout } from '@/components/mdx/callout';
import { ContentLink } from '@/components/mdx/content-link';
import { PlatformOnly } from '@/components/mdx/platform-only';
import { UiLabel } from '@/components/mdx/ui-label';
import type { ContentComponentProps } from '@/components/mdx/props';
import type { RenderedComponentName } from '@/lib/content/contract';

/**
 * One component for each rendered entry of the content contract (lib/content/contract.ts),
 * each taking exactly the props the contract's schema gives it: a missing, extra or
 * disagreeing component is a compile error (mdx-components.test.ts keeps that true).
 */
export type ContentComponents = {
  [K in RenderedComponentName]: ComponentType<ContentComponentProps<K>>;
};

/** The one flat map MDX renders content with. Content checks reject any other tag. */
export const mdxComponents = {
  Callout,
  PlatformOnly,
  UI: UiLabel,
  a: ContentLink,
} satisfies ContentComponents;
