import type { ConfirmSpec } from '../../specs';

/** Its message is not drawn: no source gives its words. */
export const removeConfirm: ConfirmSpec = {
  title: 'Remove connection?',
  confirm: 'Remove',
  name: 'confirm-remove',
};
