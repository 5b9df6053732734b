// Types for host-config.mjs (plain JS so scripts/headers.mjs runs with plain node).
export const headersFileLimits: Readonly<{ rules: number; lineLength: number }>;
export function headersFile(): string;
export function headersFileStats(text: string): { rules: number; longestLine: number };
export function headersFileProblems(text: string): string[];
export function editionFolders(root: string): string[];
export function redirectsFile(editions: readonly string[]): string;
export function nginxConfig(
  editions?: readonly string[],
): Record<'unsend-maps.conf' | 'unsend-headers.conf' | 'unsend-editions.conf', string[]>;
