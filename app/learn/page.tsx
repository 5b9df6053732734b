import { loadLearnPages } from '@/lib/learn/load';
import { learnPath } from '@/lib/routes';
import { pageMetadata } from '@/lib/metadata';

export const metadata = pageMetadata({
  title: 'Learn',
  description:
    'How withdrawing a LinkedIn invitation works, how to avoid sending one by mistake, and what LinkedIn’s invitation limits are.',
  path: '/learn',
});

export default function LearnIndexPage() {
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold">Learn</h1>
      <p className="mt-3 text-lg text-muted">
        Short reference pages, checked against LinkedIn Help. In a hurry? The{' '}
        <a href="/">step-by-step guide</a> withdraws an invitation in a minute.
      </p>
      <ul className="mt-8 space-y-6">
        {loadLearnPages().map((page) => (
          <li key={page.id}>
            <h2 className="text-xl font-bold">
              <a href={learnPath(page.id)}>{page.data.title}</a>
            </h2>
            <p className="mt-1 text-muted">{page.data.description}</p>
          </li>
        ))}
      </ul>
      <p className="mt-10">
        Looking for a quick answer? See the <a href="/faq">questions and answers</a>.
      </p>
    </div>
  );
}
