import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button, ButtonLink } from './button';

describe('Button', () => {
  it('does not submit the form it stands in unless it says so', async () => {
    const submitted = vi.fn((event: SubmitEvent) => event.preventDefault());
    render(
      <form onSubmit={(event) => submitted(event.nativeEvent as SubmitEvent)}>
        <Button variant="secondary">Cancel</Button>
        <Button type="submit">Add</Button>
      </form>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(submitted).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(submitted).toHaveBeenCalledTimes(1);
  });

  it('can be disabled, and then does nothing', async () => {
    const clicked = vi.fn();
    render(
      <Button disabled onClick={clicked}>
        Back
      </Button>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('button', { name: 'Back' })).toBeDisabled();
    expect(clicked).not.toHaveBeenCalled();
  });
});

describe('ButtonLink', () => {
  it('stays a link to its address, looking like a button', () => {
    render(
      <ButtonLink href="https://www.linkedin.com/" target="_blank" rel="noopener noreferrer">
        Open LinkedIn
      </ButtonLink>,
    );
    const link = screen.getByRole('link', { name: 'Open LinkedIn' });
    expect(link).toHaveAttribute('href', 'https://www.linkedin.com/');
    expect(link).toHaveAttribute('target', '_blank');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
