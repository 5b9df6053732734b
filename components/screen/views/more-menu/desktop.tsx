import { dropdown } from '../../desktop/menu';
import { browserWindow } from '../../desktop/window';
import type { Drawing } from '../../scene';
import { connectionProfile } from '../profile/desktop';
import { moreMenuEntries } from './entries';

export const moreMenuDesktop = (): Drawing => {
  const { page, more } = connectionProfile();
  return [browserWindow(), page, dropdown(more.box, moreMenuEntries('right'))];
};
