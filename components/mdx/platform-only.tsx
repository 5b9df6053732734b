import { Children, cloneElement, isValidElement, type ReactNode } from 'react';
import { platformNames } from '@/lib/platform/names';
import { defaultLocale, type Locale } from '@/lib/locales';
import type { Platform } from '@/lib/platform/platforms';
import type { ContentComponentProps } from './props';
import { isUiLabel } from './ui-label';

/**
 * The passage's elements with every <UI> label in them told the passage's platform: server
 * components have no context, and MDX has already turned the passage into plain elements.
 */
function forPlatform(children: ReactNode, platform: Platform): ReactNode {
  return Children.map(children, (child) => {
    if (!isValidElement<{ children?: ReactNode }>(child)) return child;
    if (isUiLabel(child.type))
      return cloneElement(child as React.ReactElement<{ platform?: Platform }>, { platform });
    return child.props.children === undefined
      ? child
      : cloneElement(child, undefined, forPlatform(child.props.children, platform));
  });
}

/**
 * A passage for one platform. CSS shows only the person's platform once the head script has
 * run; without JavaScript every passage shows under its label, named in the page's language.
 * The content check has already held `platform` to the contract's list.
 */
export function PlatformOnly({
  platform,
  children,
  locale = defaultLocale,
}: ContentComponentProps<'PlatformOnly'> & { locale?: Locale }) {
  return (
    <section data-platform-only={platform} className="my-4">
      <h3 className="text-sm font-semibold uppercase tracking-wide text-muted">
        {platformNames(locale).names[platform]}
      </h3>
      {forPlatform(children, platform)}
    </section>
  );
}
