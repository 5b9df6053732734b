import type { ReactNode } from 'react';
import type { ContentAttributes, ContentComponentName } from '@/lib/content/contract';

/** What a content component receives: its attributes as the contract defines them, and its children. */
export type ContentComponentProps<K extends ContentComponentName> = ContentAttributes<K> & {
  children?: ReactNode;
};
