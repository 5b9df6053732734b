// Types for lighthouse-methods.mjs (plain JS so the audits run with plain node).
export const methods: Record<'simulated' | 'devtools', Record<string, unknown>>;
export function metrics(lhr: unknown): { fcp: number; lcp: number; tbt: number; cls: number };
export function score(lhr: unknown, category: string): number;
export function lostPoints(lhr: unknown, category: string): string[];
export function median(values: number[]): number;
export function seconds(ms: number): string;
