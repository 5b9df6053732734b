// Types for budgets.mjs (plain JS so the audits run with plain node).
export interface PageKind {
  kind: string;
  route: RegExp;
  marker?: string;
  jsOverFloorKb: number;
}
export const htmlGzKb: number;
export const cssGzKb: number;
export const pageKinds: PageKind[];
export const otherPageKind: { kind: string; jsOverFloorKb: number };
