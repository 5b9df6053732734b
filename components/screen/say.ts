import type { LabelKey } from '@/lib/screens/labels';

/**
 * LinkedIn's words for a drawing, by label key: the catalog's for the platform drawn, or, in the
 * longest-label test, longer ones. Drawing code asks for words; it never spells them.
 */
export type Say = (key: LabelKey) => string;
