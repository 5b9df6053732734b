import type { ReactNode } from 'react';
import { NodeTransition } from '@/components/troubleshooter/node-transition';

/**
 * A template, not a layout: it remounts on every navigation between troubleshooter pages,
 * which is when the new node animates in and takes focus.
 */
export default function TroubleshootTemplate({ children }: { children: ReactNode }) {
  return <NodeTransition>{children}</NodeTransition>;
}
