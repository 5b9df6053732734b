// Types for browser.mjs (plain JS so the audits run with plain node).
export function chromiumPath(): Promise<string>;
export const chromiumArgs: string[];
