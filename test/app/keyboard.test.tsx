/** Everything works by keyboard, and every control has an accessible name (checked with axe-core). */
import { screen } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { expectedReply, renderSidebar, settled } from '../support/renderSidebar';

describe('keyboard and accessible names', () => {
  it('Tab reaches the picker and the buttons in order; Enter and Space press them', async () => {
    const { fake, user } = await renderSidebar({ ticket: { draft: '<p>Mine</p>' } });
    const picker = screen.getByRole('combobox', { name: 'Case' });

    await user.tab();
    expect(document.activeElement).toBe(picker);
    await user.selectOptions(picker, 'enterprise');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Apply reply' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Insert text only' }));
    await user.tab({ shift: true });

    await user.keyboard('{Enter}');
    const said = await settled();
    expect(said).toContain('Reply added to your draft');
    expect(fake.ticket.draft).toBe('<p>Mine</p>' + expectedReply(fake, 'enterprise').html);

    const undo = screen.getByRole('button', { name: 'Undo' });
    undo.focus();
    await user.keyboard(' ');
    expect(await settled()).toContain('Undone');
    expect(fake.ticket.draft).toBe('<p>Mine</p>');
  });

  it('announces results in a polite live region', async () => {
    await renderSidebar();
    const region = screen.getByRole('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
  });

  it('has no axe violations (names, labels, roles) in the ready state', async () => {
    const { user } = await renderSidebar();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Case' }), 'api');
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});
