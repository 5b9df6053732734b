// Types for export.mjs (plain JS so the audits run with plain node).
export interface ExportedPage {
  route: string;
  file: string;
  html: string;
}
export interface PageClass {
  kind: string;
  /** First-load JavaScript this kind may load over the framework floor, in KB. */
  jsOverFloorKb: number;
}
export function exportDir(argv?: string[]): string;
export function routeOf(root: string, file: string): string;
export function htmlPages(root: string): ExportedPage[];
export function editionlessRoute(route: string, html: string): string;
export function classify(route: string, html: string): PageClass;
export function onePagePerKind(pages: ExportedPage[]): (ExportedPage & { kind: string })[];
export function gzipSize(file: string): number;
export function assetFile(root: string, urlPath: string): string;
export function kb(bytes: number): string;
