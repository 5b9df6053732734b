import { render, screen, within } from '@testing-library/react';
import { DeviceChoice } from './device-choice';

describe('DeviceChoice', () => {
  it('reloads the entry page, which asks the first question, with that platform chosen', () => {
    render(<DeviceChoice locale="en" />);
    const question = screen.getByRole('region', { name: 'Which device are you using?' });
    expect(
      within(question)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual([
      '/troubleshoot?platform=desktop',
      '/troubleshoot?platform=ios',
      '/troubleshoot?platform=android',
    ]);
    expect(within(question).getAllByText('Suggested for this device')).toHaveLength(3);
  });
});
