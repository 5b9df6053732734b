import { dialog } from '../../desktop/dialog';
import { browserWindow } from '../../desktop/window';
import type { Drawing } from '../../scene';
import { connectionProfile } from '../profile/desktop';
import { removeConfirm } from './confirm';

export const removeDialogDesktop = (): Drawing => [
  browserWindow(),
  connectionProfile().page,
  dialog(removeConfirm),
];
