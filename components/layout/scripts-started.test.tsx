import { render } from '@testing-library/react';
import { ScriptsStarted } from './scripts-started';

describe('ScriptsStarted', () => {
  it('marks <html> once React has mounted the page, and renders nothing', () => {
    document.documentElement.removeAttribute('data-started');
    const { container } = render(<ScriptsStarted />);
    expect(document.documentElement).toHaveAttribute('data-started');
    expect(container).toBeEmptyDOMElement();
  });
});
