import { feed } from '../../desktop/pages';
import { browserWindow } from '../../desktop/window';
import type { Drawing } from '../../scene';

/** The feed under the top bar, whose items (Me, My Network, Search) steps point at. */
export const homeDesktop = (): Drawing => [browserWindow('Home'), feed];
