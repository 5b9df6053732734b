import type { Platform } from '@/lib/platform/platforms';
import type { FlowKind } from '@/lib/routes';

/** A guide step as the troubleshooter's entry page names it. */
export interface GuideStep {
  flow: FlowKind;
  platform: Platform;
  id: string;
  title: string;
  number: number;
  href: string;
}
