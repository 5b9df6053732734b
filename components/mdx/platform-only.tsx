import type { ReactNode } from 'react';
import { isPlatform, platformLabels } from '@/lib/platform/platforms';

/**
 * A passage for one platform. CSS shows only the person's platform once the head script has
 * run; without JavaScript every passage shows under its label.
 */
export function PlatformOnly({ platform, children }: { platform: string; children: ReactNode }) {
  if (!isPlatform(platform))
    throw new Error(`<PlatformOnly platform="${platform}">: unknown platform`);
  return (
    <section data-platform-only={platform} className="my-4">
      <h3 className="text-sm font-semibold uppercase tracking-wide text-muted">
        {platformLabels[platform]}
      </h3>
      {children}
    </section>
  );
}
