import type { ContentComponentProps } from './props';

/** Links in content: external ones open in a new tab without leaking the opener or referrer. */
export function ContentLink({ href, title, children }: ContentComponentProps<'a'>) {
  return /^https:\/\//.test(href) ? (
    <a href={href} title={title} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ) : (
    <a href={href} title={title}>
      {children}
    </a>
  );
}
