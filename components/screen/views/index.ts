import type { Platform } from '@/lib/platform/platforms';
import type { ViewSet } from '../types';
import { desktopViews } from './desktop';
import { mobileViews } from './mobile';

/** Every view of the catalog for every platform; the types make a missing one a compile error. */
export const viewsByPlatform: Record<Platform, ViewSet> = {
  desktop: desktopViews,
  ios: mobileViews('ios'),
  android: mobileViews('android'),
};
