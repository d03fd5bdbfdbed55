/** The popup's "Not working here?": one button; then the whole report before any copy; focus and live status. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Diagnostic } from '../../../components/popup/Diagnostic';
import { TabStatus } from '../../../components/popup/TabStatus';

afterEach(cleanup);

describe('popup: Diagnostic', () => {
  it('closed: a single button; opening it is the caller\'s', () => {
    const onOpen = vi.fn();
    render(<Diagnostic state="closed" onOpen={onOpen} onCopy={() => undefined} />);
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy report' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Not working here?' }));
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('loading: the heading takes focus, the status says it is collecting, nothing to copy yet', () => {
    render(<Diagnostic state="loading" onOpen={() => undefined} onCopy={() => undefined} />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'What Taktvoll sees on this page' }));
    expect(screen.getByText('Collecting the report…').getAttribute('role')).toBe('status');
    expect(screen.queryByRole('button', { name: 'Copy report' })).toBeNull();
  });

  it('ready: the whole report in a labelled, read-only field, with the promise above it; Copy; the outcome announced', () => {
    const onCopy = vi.fn();
    const text = 'Taktvoll diagnostic: page structure only (no message text, no names)\nsite: xing';
    const { rerender } = render(<Diagnostic state="ready" text={text} copied={null} onOpen={() => undefined} onCopy={onCopy} />);
    const area = screen.getByRole('textbox', { name: 'Diagnostic report' }) as HTMLTextAreaElement;
    expect(area.value).toBe(text);
    expect(area.readOnly).toBe(true);
    expect(screen.getByText(/It contains no message text and no names\. Nothing is sent anywhere/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Copy report' }));
    expect(onCopy).toHaveBeenCalledTimes(1);
    rerender(<Diagnostic state="ready" text={text} copied="ok" onOpen={() => undefined} onCopy={onCopy} />);
    expect(screen.getByText('Copied. Paste it wherever you report the problem.').getAttribute('role')).toBe('status');
    rerender(<Diagnostic state="ready" text={text} copied="failed" onOpen={() => undefined} onCopy={onCopy} />);
    expect(screen.getByText('Copying did not work: select the text above and copy it yourself.')).toBeTruthy();
    // the report is selected, so the keyboard shortcut copies it
    expect([area.selectionStart, area.selectionEnd]).toEqual([0, text.length]);
  });

  it('partial: says the page did not answer', () => {
    render(<Diagnostic state="ready" text="x" partial onOpen={() => undefined} onCopy={() => undefined} />);
    expect(screen.getByText(/The page did not answer/)).toBeTruthy();
  });
});

describe('popup: TabStatus warns when a message box has text but no Send button is found', () => {
  it('shows the warning while it holds, and the failures in the details', () => {
    render(
      <TabStatus
        siteLabel="Facebook / Messenger"
        state={{ kind: 'active' }}
        summary={{ composers: 1, dialogs: 0, reasons: [], errors: [], frames: 1, matched: [], failures: [{ where: 'sendControls', why: 'no-send-control', count: 2 }], warnings: ['no-send-control'] }}
        formatTime={(at) => `T${at}`}
      />,
    );
    expect(screen.getByText(/cannot find its Send button: clicking Send is not checked on this page/)).toBeTruthy();
    expect(screen.getByText('Not found, and why: sendControls: no-send-control ×2')).toBeTruthy();
  });
});
