import { labelText } from '@/lib/labels/registry';
import type { Platform } from '@/lib/platform/platforms';
import type { ContentComponentProps } from './props';

/**
 * A LinkedIn label named by its id (content/labels.ts), in bold as the guide prints labels:
 * the text for the page's platform (set by <MdxContent platform> or <PlatformOnly>), else the
 * website's. The content check has already held `id` to the registry.
 */
export function UiLabel({ id, platform }: ContentComponentProps<'UI'> & { platform?: Platform }) {
  return <strong data-label={id}>{labelText(id, platform)}</strong>;
}
