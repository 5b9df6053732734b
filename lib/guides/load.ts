import 'server-only';
import { defaultLocale, type Locale } from '@/lib/locales';
import type { Platform } from '@/lib/platform/platforms';
import type { FlowKind } from '@/lib/routes';
import { readAllFlows, readFlow } from './read-flows';
import type { Flow } from './schema';

/** content/guides/<kind>/<platform>.mdx, parsed and checked once per build. */
export function loadFlow(kind: FlowKind, platform: Platform, locale: Locale = defaultLocale): Flow {
  return readFlow(kind, platform, locale);
}

export function loadAllFlows(locale: Locale = defaultLocale): Flow[] {
  return readAllFlows(locale);
}
