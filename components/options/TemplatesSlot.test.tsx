// @vitest-environment jsdom
import { configure, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/utils/agreements/db';
import { OptionsApp } from './OptionsApp';

// The database answers slower on a busy 2-core machine (CI runs two test files at once) than testing-library's 1 s
// default allows; a wait only lasts as long as the page needs.
configure({ asyncUtilTimeout: 15_000 });

beforeEach(async () => {
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
  await db.settings.put({ id: 'provider', value: { name: 'Lucía Romero' } });
  location.hash = '#templates';
});
afterEach(cleanup);

describe('Options → Templates', () => {
  it('mounts the template editor and keeps what it saves in the database', async () => {
    render(<OptionsApp />);
    const text = (await screen.findByLabelText(/^Template text/)) as HTMLTextAreaElement;
    fireEvent.change(text, { target: { value: `${text.value}\n\nThanks, {{provider.name}}` } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await db.templates.count()).toBe(1));
    expect((await db.templates.toArray())[0].text).toContain('Thanks, {{provider.name}}');
  });
});
