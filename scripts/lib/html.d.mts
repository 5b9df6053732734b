// Types for html.mjs (plain JS so `node scripts/serve.mjs` runs without a compiler).
export interface RawTextElement {
  attributes: Map<string, string>;
  text: string;
}
export interface StartTag {
  name: string;
  attributes: Map<string, string>;
}
export function decodeEntities(value: string): string;
export function styles(html: string): RawTextElement[];
export function startTags(html: string): StartTag[];
export function scriptSources(html: string): string[];
export function inlineScriptTexts(html: string): string[];
export function stylesheetHrefs(html: string): string[];
export function styleAttributeValues(html: string): string[];
