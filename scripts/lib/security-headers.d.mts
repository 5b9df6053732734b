// Types for security-headers.mjs (plain JS so `node scripts/serve.mjs` runs without a compiler).
export const commonHeaders: Readonly<Record<string, string>>;
export function hashSource(text: string): string;
export function contentSecurityPolicy(html: string): string;
export function pageHeaders(html: string): Record<string, string>;
