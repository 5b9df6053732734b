import { Fragment } from 'react';
import {
  platformLabels,
  platformShortLabels,
  platforms,
  type Platform,
} from '@/lib/platform/platforms';

/**
 * "Instructions for: iPhone or iPad · Show for: Desktop or Android". One line per platform;
 * the CSS that shows only the person's <PlatformOnly> passages shows only the matching line.
 * The links set ?platform=, which the head script stores as the person's choice. Hidden
 * without JavaScript, when every platform's passage shows anyway.
 */
export function PlatformLine({ path }: { path: string }) {
  const others = (platform: Platform) => platforms.filter((other) => other !== platform);
  return (
    <p data-js-only data-print-hidden className="rounded-lg border border-border px-4 py-2 text-sm">
      {platforms.map((platform) => (
        <span key={platform} data-platform-only={platform}>
          Instructions for: <strong>{platformLabels[platform]}</strong>
          {' · '}Show for:{' '}
          {others(platform).map((other, i) => (
            <Fragment key={other}>
              {i > 0 && ' or '}
              <a href={`${path}?platform=${other}`}>{platformShortLabels[other]}</a>
            </Fragment>
          ))}
        </span>
      ))}
    </p>
  );
}
