import type { ConfirmSpec } from '../../specs';

/** Its message is not drawn: no source gives its words. */
export const withdrawConfirm: ConfirmSpec = {
  title: 'Withdraw invitation?',
  confirm: 'Withdraw',
  name: 'confirm-withdraw',
};
