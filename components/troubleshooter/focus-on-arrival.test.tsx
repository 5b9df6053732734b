import { render, screen } from '@testing-library/react';
import { cameFromTroubleshooter, FocusOnArrival } from './focus-on-arrival';

const origin = 'http://localhost:3000';

describe('cameFromTroubleshooter', () => {
  it.each([
    [`${origin}/troubleshoot`, true],
    [`${origin}/troubleshoot/check-profile`, true],
    [`${origin}/troubleshoot/check-profile?platform=ios`, true],
    [`${origin}/troubleshooting`, false],
    [`${origin}/guide/ios/withdraw`, false],
    ['https://elsewhere.example/troubleshoot/check-profile', false],
    ['', false],
  ])('%s → %s', (referrer, expected) => {
    expect(cameFromTroubleshooter(referrer, origin)).toBe(expected);
  });
});

describe('FocusOnArrival', () => {
  const arriveFrom = (referrer: string) =>
    Object.defineProperty(document, 'referrer', { value: referrer, configurable: true });
  afterEach(() => arriveFrom(''));

  const page = () => (
    <>
      <FocusOnArrival targetId="node-title" />
      <h1 id="node-title" tabIndex={-1}>
        Question
      </h1>
    </>
  );

  it('focuses the heading when an answer led here', () => {
    arriveFrom(`${window.location.origin}/troubleshoot/what-went-wrong`);
    render(page());
    expect(screen.getByRole('heading')).toHaveFocus();
  });

  it('leaves focus alone when arriving from elsewhere', () => {
    arriveFrom(`${window.location.origin}/guide/desktop`);
    render(page());
    expect(screen.getByRole('heading')).not.toHaveFocus();
  });
});
