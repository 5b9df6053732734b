import { labelText } from '@/lib/labels/registry';
import type { Locale } from '@/lib/locales';

/**
 * LinkedIn's Withdraw button as the troubleshooter's headings name it.
 * TODO(labels): the edition's label (labelText by locale) once the registry reads by language.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export const withdrawLabel = (locale: Locale) => labelText('withdraw');
