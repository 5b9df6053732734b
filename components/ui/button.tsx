import { cva, type VariantProps } from 'class-variance-authority';
import type { ComponentProps } from 'react';

/**
 * Every button's look, and every link's that looks like one: the variants live here only.
 * The focus ring is the site-wide :focus-visible outline (app/globals.css); colours are the
 * theme tokens, so dark mode follows.
 */
const buttonStyles = cva(
  'inline-flex items-center justify-center gap-2 no-underline disabled:opacity-50',
  {
    variants: {
      /** primary: the one action a panel leads to; secondary: the others beside it. */
      variant: {
        primary: 'bg-accent text-accent-fg hover:opacity-90 disabled:hover:opacity-50',
        secondary: 'border border-border text-fg hover:bg-surface disabled:hover:bg-transparent',
      },
      /** md: a panel's actions; sm: small tools beside content (theme, expand all, remove). */
      size: {
        md: 'rounded-lg px-4 py-2 font-semibold',
        sm: 'rounded-md px-3 py-1 text-sm',
      },
    },
    defaultVariants: { variant: 'primary', size: 'md' },
  },
);

type ButtonVariants = VariantProps<typeof buttonStyles>;

/** A native <button>; `type` defaults to "button", so only a form's submit says "submit". */
export function Button({
  variant,
  size,
  className,
  type = 'button',
  ...props
}: ComponentProps<'button'> & ButtonVariants) {
  return <button type={type} className={buttonStyles({ variant, size, className })} {...props} />;
}

/** A native <a> that looks like a button: it still navigates, opens in a tab, reads as a link. */
export function ButtonLink({
  variant,
  size,
  className,
  ...props
}: ComponentProps<'a'> & ButtonVariants) {
  return <a className={buttonStyles({ variant, size, className })} {...props} />;
}
