/**
 * Every address the site builds, in one dependency-free module: pages, loaders, audits and
 * client leaves all import their paths from here (client leaves never reach the content for
 * them). The content loaders decide which of these pages exist; this only spells them.
 */
import { defaultLocale, locales, type Locale } from '@/lib/locales';
import type { Platform } from '@/lib/platform/platforms';

/**
 * A site path in one edition: English keeps it as it is, every other language puts its code in
 * front (`/faq` → `/de/faq`, `/` → `/de`). Every internal link the site renders goes through
 * here; anchors and queries are kept. An external, protocol-relative, already-prefixed or
 * non-path link is returned unchanged.
 */
export function localePath(locale: Locale, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  if (locale === defaultLocale || localeOfPath(path) !== defaultLocale) return path;
  const rest = /^\/(?=[?#]|$)/.test(path) ? path.slice(1) : path;
  return `/${locale}${rest}`;
}

/** The edition a site path belongs to: its first segment if that is a language's code, else English. */
export function localeOfPath(path: string): Locale {
  const first = /^\/([^/?#]+)/.exec(path)?.[1];
  return locales.find((locale) => locale !== defaultLocale && locale === first) ?? defaultLocale;
}

/** A site path without its edition's prefix: `/de/faq` → `/faq`, `/de` → `/`. */
export function unlocalePath(path: string): string {
  const locale = localeOfPath(path);
  if (locale === defaultLocale) return path;
  const rest = path.slice(locale.length + 1);
  return rest === '' || /^[?#]/.test(rest) ? `/${rest}` : rest;
}

/** The same page in every edition, English first: the language switch and hreflang read this. */
export function editionPaths(path: string): { locale: Locale; path: string }[] {
  const bare = unlocalePath(path);
  return locales.map((locale) => ({ locale, path: localePath(locale, bare) }));
}

export const flowKinds = ['withdraw', 'profile', 'remove-connection'] as const;
export type FlowKind = (typeof flowKinds)[number];

/** The done panels flows end with: content/guides/done/<id>.mdx. */
export const doneIds = ['withdraw', 'remove-connection'] as const;
export type DoneId = (typeof doneIds)[number];

/**
 * Every kind of flow, as a table: where its pages live (`/guide/<platform>[/<step>]` and so
 * on), and which done panel it ends with. Kinds that end the same way (withdrawn, whichever
 * the route) share one panel: one home for those words. `doneNote` tells a kind's done page
 * title apart from another kind's with the same panel.
 */
export const flowKindTable: Record<
  FlowKind,
  { basePath: string; done: DoneId; doneNote?: string }
> = {
  withdraw: { basePath: '/guide', done: 'withdraw' },
  profile: { basePath: '/from-profile', done: 'withdraw', doneNote: 'from their profile' },
  'remove-connection': { basePath: '/remove-connection', done: 'remove-connection' },
};

/** Which done panel a kind of flow ends with. */
export function doneOf(kind: FlowKind): DoneId {
  return flowKindTable[kind].done;
}

export const paths = {
  home: '/',
  faq: '/faq',
  checklist: '/checklist',
  learn: '/learn',
  troubleshoot: '/troubleshoot',
  troubleshootMap: '/troubleshoot/map',
} as const;

/** The last URL segment of a flow's finish panel. */
export const DONE_SEGMENT = 'done';

/** URL of a flow (and of one of its steps): stable ids, never positions. */
export function flowPath(kind: FlowKind, platform: Platform, segment?: string): string {
  const base = `${flowKindTable[kind].basePath}/${platform}`;
  return segment ? `${base}/${segment}` : base;
}

/** The id of a step's heading (and of the done panel's, for DONE_SEGMENT): focus moves to it. */
export function stepHeadingId(stepId: string): string {
  return `step-${stepId}`;
}

export function learnPath(slug?: string): string {
  return slug ? `${paths.learn}/${slug}` : paths.learn;
}

export function faqItemPath(id: string): string {
  return `${paths.faq}#${id}`;
}

/** A troubleshooter node's page; the first question (`start`) is asked on the entry page. */
export function nodePath(id: string, start: string): string {
  return id === start ? paths.troubleshoot : `${paths.troubleshoot}/${id}`;
}

/** Whether a pathname is one of the troubleshooter's pages. */
export function isTroubleshooterPath(pathname: string): boolean {
  return pathname === paths.troubleshoot || pathname.startsWith(`${paths.troubleshoot}/`);
}

/**
 * The way into the troubleshooter from a guide: the platform (stored as the person's choice
 * by the head script, so the device question is skipped) and the step they were on, which
 * the entry page names with a link back. `flow` only needs saying for flows other than
 * withdraw, whose step ids can repeat the withdraw guide's.
 */
export function troubleshooterHref(
  platform?: Platform,
  stepId?: string,
  flow: FlowKind = 'withdraw',
): string {
  const query = new URLSearchParams();
  if (platform) query.set('platform', platform);
  if (stepId) {
    query.set('step', stepId);
    if (flow !== 'withdraw') query.set('flow', flow);
  }
  const search = query.toString();
  return search ? `${paths.troubleshoot}?${search}` : paths.troubleshoot;
}
