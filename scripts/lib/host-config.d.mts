// Types for host-config.mjs (plain JS so scripts/headers.mjs runs with plain node).
export const headersFileLimits: Readonly<{ rules: number; lineLength: number }>;
export function headersFile(): string;
export function headersFileStats(text: string): { rules: number; longestLine: number };
export function headersFileProblems(text: string): string[];
export function nginxConfig(): Record<'unsend-maps.conf' | 'unsend-headers.conf', string[]>;
