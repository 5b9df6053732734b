import 'server-only';
import { messagesOf } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';
import type { Platform } from './platforms';

export interface PlatformNames {
  /** "Desktop browser", "iPhone or iPad", "Android": a device as a heading or link names it. */
  names: Record<Platform, string>;
  /** "Desktop", "iPhone", "Android": where space is short (titles, "Change to …"). */
  shortNames: Record<Platform, string>;
}

/**
 * The platforms as people read them in one language (content/[<locale>/]interface/platforms.json).
 * English's are also lib/platform/platforms.ts's platformLabels, which titles and client leaves
 * use; a unit test holds the two the same.
 */
export function platformNames(locale: Locale): PlatformNames {
  const { names, shortNames } = messagesOf(locale).platforms;
  return { names, shortNames };
}
