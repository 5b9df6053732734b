import type { Metadata } from 'next';

export const metadata: Metadata = {
  title: 'Page not found',
  robots: { index: false },
};

export default function NotFound() {
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-4">
        There is no page at this address. It may have moved, or the link has a typo.
      </p>
      <ul className="mt-6 list-disc space-y-2 pl-5">
        <li>
          <a href="/">Choose your device and withdraw an invitation</a>
        </li>
        <li>
          <a href="/troubleshoot">Can&apos;t find Withdraw? Troubleshoot</a>
        </li>
        <li>
          <a href="/faq">Read the FAQ</a>
        </li>
      </ul>
    </div>
  );
}
