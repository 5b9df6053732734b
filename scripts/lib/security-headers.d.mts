// Types for security-headers.mjs (plain JS so `node scripts/serve.mjs` runs without a compiler).
export const commonHeaders: Readonly<Record<string, string>>;
export function hashSource(text: string): string;
export function metaPolicy(html: string): string;
export function contentSecurityPolicy(html: string): string;
export const hostPolicy: string;
export const staticHeaders: Readonly<Record<string, string>>;
export function pageHeaders(html: string): Record<string, string>;
export const fingerprintedPrefix: string;
export const cacheControl: Readonly<{ immutable: string; revalidate: string; never: string }>;
export function cacheControlFor(urlPath: string, status: number): string;
