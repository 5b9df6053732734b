import type { Page } from '@playwright/test';
import type { SamplePage } from './sample-pages';

/**
 * Checks that read a loaded page and hold for every page of every language (an edition's
 * `<html lang>`, its hreflang alternates, its language switch…): page-sweep.spec.ts runs each
 * one, as a step of its own, on every sample page it has already loaded (desktop, dark theme,
 * served with the headers), so a check added here costs no page load. Each reads `page` as it
 * is and must leave it so (no navigation, no resizing). Name → check.
 */
export const pageChecks: Record<string, (page: Page, sample: SamplePage) => Promise<void>> = {};
