/**
 * The shape of the interface's words: one JSON file per namespace in content/interface/ (English),
 * the same files under content/<locale>/interface/ for every other language. English defines the
 * keys; lib/i18n/translator.ts checks every other language has exactly these.
 */
import type labels from '@/content/interface/labels.json';
import type site from '@/content/interface/site.json';

export type Messages = {
  site: typeof site;
  /** What the guide says beside LinkedIn's labels in prose (components/mdx/ui-label.tsx). */
  labels: typeof labels;
};

export type Namespace = keyof Messages;
