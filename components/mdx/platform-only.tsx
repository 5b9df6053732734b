import { platformLabels } from '@/lib/platform/platforms';
import type { ContentComponentProps } from './props';

/**
 * A passage for one platform. CSS shows only the person's platform once the head script has
 * run; without JavaScript every passage shows under its label. The content check has already
 * held `platform` to the contract's list.
 */
export function PlatformOnly({ platform, children }: ContentComponentProps<'PlatformOnly'>) {
  return (
    <section data-platform-only={platform} className="my-4">
      <h3 className="text-sm font-semibold uppercase tracking-wide text-muted">
        {platformLabels[platform]}
      </h3>
      {children}
    </section>
  );
}
