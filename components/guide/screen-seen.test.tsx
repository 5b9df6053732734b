import { render } from '@testing-library/react';
import { ScreenSeen } from './screen-seen';

describe('ScreenSeen', () => {
  it('says when the step’s screen was last seen and by whom, from the labels it names', () => {
    const { container } = render(
      <ScreenSeen
        body={'Click <UI id="pending" />, then <UI id="withdraw" />.'}
        platform="desktop"
        locale="en"
      />,
    );
    expect(container).toHaveTextContent(
      'LinkedIn’s screen last seen 10 September 2026, by a real account.',
    );
  });

  it('is only as fresh as its stalest label', () => {
    const { container } = render(
      <ScreenSeen
        body={'Scroll, or choose <UI id="load-more" /> below <UI id="withdraw" />.'}
        platform="desktop"
        locale="en"
      />,
    );
    expect(container).toHaveTextContent('last seen December 2025, by page code.');
  });

  it('on an app page, says where the screen was seen when only the website’s was', () => {
    const { container } = render(
      <ScreenSeen body={'Tap <UI id="pending" />.'} platform="ios" locale="en" />,
    );
    expect(container).toHaveTextContent(
      'LinkedIn’s screen last seen 10 September 2026 on the website, by a real account.',
    );
  });

  it('says nothing where no label it names has a dated sighting', () => {
    const { container } = render(
      <ScreenSeen body={'Click <UI id="me" />.'} platform="desktop" locale="en" />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
