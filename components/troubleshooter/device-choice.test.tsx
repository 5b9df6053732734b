import { render, screen, within } from '@testing-library/react';
import { DeviceChoice } from './device-choice';

describe('DeviceChoice', () => {
  it('links each device to the first question with that platform chosen', () => {
    render(<DeviceChoice nextHref="/troubleshoot/what-went-wrong" />);
    const question = screen.getByRole('region', { name: 'Which device are you using?' });
    expect(
      within(question)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual([
      '/troubleshoot/what-went-wrong?platform=desktop',
      '/troubleshoot/what-went-wrong?platform=ios',
      '/troubleshoot/what-went-wrong?platform=android',
    ]);
    expect(within(question).getAllByText('Suggested for this device')).toHaveLength(3);
  });
});
