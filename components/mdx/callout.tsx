import type { ContentComponentProps } from './props';

/** A short aside in content: `<Callout kind="warning">…</Callout>`. */
export function Callout({ kind = 'note', children }: ContentComponentProps<'Callout'>) {
  return (
    <div
      role="note"
      className={`my-4 rounded-lg border-l-4 bg-surface px-4 py-3 ${kind === 'warning' ? 'border-warn' : 'border-accent'}`}
    >
      <p className="sr-only">{kind === 'warning' ? 'Warning:' : 'Note:'}</p>
      {children}
    </div>
  );
}
