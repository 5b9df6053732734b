import { renderToStaticMarkup } from 'react-dom/server';
import type { ContentComponentProps } from '@/components/mdx/props';
import { collections } from '@/lib/content/collections';
import { contentComponents } from '@/lib/content/contract';
import { mdxComponents, type ContentComponents } from './mdx-components';

describe('mdxComponents', () => {
  it('renders every component the contract marks rendered, and only those', () => {
    const rendered = Object.entries(contentComponents)
      .filter(([, component]) => component.rendered)
      .map(([name]) => name);
    expect(Object.keys(mdxComponents).sort()).toEqual(rendered.sort());
  });

  it('gives every tag a kind allows a meaning: rendered here, or lifted out as structure', () => {
    for (const { tags } of Object.values(collections)) {
      for (const tag of tags) expect(Object.hasOwn(contentComponents, tag)).toBe(true);
    }
  });

  it('opens external links in a new tab without the opener, and keeps site links plain', () => {
    const A = mdxComponents.a;
    expect(renderToStaticMarkup(<A href="https://www.linkedin.com/">LinkedIn</A>)).toBe(
      '<a href="https://www.linkedin.com/" target="_blank" rel="noopener noreferrer">LinkedIn</a>',
    );
    expect(renderToStaticMarkup(<A href="/faq">FAQ</A>)).toBe('<a href="/faq">FAQ</a>');
  });

  // Compile-time only: each @ts-expect-error fails `npm run typecheck` if the mismatch it
  // marks stops being a type error, so the registry can't drift from the contract.
  it('is typed against the contract', () => {
    const NarrowCallout = (props: { kind: 'note'; children?: React.ReactNode }) => (
      <div>{props.children}</div>
    );
    const IosOnly = (props: { platform: 'ios' }) => <div>{props.platform}</div>;
    const NeedsLabel = (props: ContentComponentProps<'PlatformOnly'> & { label: string }) => (
      <div>{props.label}</div>
    );

    // @ts-expect-error: Callout's kind is optional in the contract; this component requires it
    const callout = { ...mdxComponents, Callout: NarrowCallout } satisfies ContentComponents;
    // @ts-expect-error: the contract allows every platform, this component only iOS
    const ios = { ...mdxComponents, PlatformOnly: IosOnly } satisfies ContentComponents;
    // @ts-expect-error: a prop the contract's schema does not give
    const label = { ...mdxComponents, PlatformOnly: NeedsLabel } satisfies ContentComponents;
    const { PlatformOnly, a } = mdxComponents;
    // @ts-expect-error: a rendered component (Callout) missing from the registry
    const missing = { PlatformOnly, a } satisfies ContentComponents;
    expect([callout, ios, label, missing].every(Boolean)).toBe(true);
  });
});
