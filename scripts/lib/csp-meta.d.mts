// Types for csp-meta.mjs (plain JS so scripts/headers.mjs runs with plain node).
export function withPolicyMeta(html: string): string;
export function policyMetaProblems(html: string): string[];
