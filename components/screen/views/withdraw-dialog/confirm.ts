import type { ConfirmSpec } from '../../specs';

/** The confirm dialog: its warning line is LinkedIn's own; its exact title is unverified. */
export const withdrawConfirm: ConfirmSpec = {
  title: 'Withdraw invitation',
  message: 'If you withdraw now, you won’t be able to resend to this person for up to 3 weeks.',
  confirm: 'Withdraw',
  name: 'confirm-withdraw',
};
