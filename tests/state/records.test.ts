import { describe, expect, it } from 'vitest';
import { answersHash, approvalStatus } from '../../questions/documentation';
import type { Store } from '../../src/state/store';
import { twoTabs } from './two-tabs';

/** Types one approval field in a tab, as the plan page does: given for the answers that tab shows. */
const approve = (tab: Store | undefined, field: 'name' | 'role' | 'date' | 'reservations', value: string) =>
  tab?.setApproval(field, value, answersHash(tab.getState().answers));

describe('the approval and the evidence in two tabs', () => {
  it('keep the approver typed in one tab and the date typed in the other at the same moment', () => {
    const { tabs, settle, stored } = twoTabs();
    approve(tabs[0], 'name', 'Mette Jensen');
    approve(tabs[1], 'date', '2026-05-12');
    approve(tabs[1], 'role', 'Regionsdirektør');
    approve(tabs[0], 'reservations', 'Budget i 2027');
    settle();
    expect(stored().approval).toMatchObject({
      name: 'Mette Jensen',
      role: 'Regionsdirektør',
      date: '2026-05-12',
      reservations: 'Budget i 2027',
    });
    expect(tabs[0]?.getState().approval).toEqual(tabs[1]?.getState().approval);
  });

  it('let the later change win when both change the approver', () => {
    const { tabs, settle, stored } = twoTabs();
    approve(tabs[0], 'name', 'Mette Jensen');
    approve(tabs[1], 'name', 'Ole Hansen');
    settle();
    expect(stored().approval.name).toBe('Ole Hansen');
  });

  it('mark the approval as given before the answers when the other tab changes an answer after it', () => {
    const { tabs, settle, stored } = twoTabs();
    tabs[0]?.setAnswer('sector', 'region');
    settle();
    approve(tabs[0], 'name', 'Mette Jensen');
    settle();
    expect(approvalStatus(stored().approval, stored().answers)).toBe('given');
    tabs[1]?.setAnswer('sector', 'state');
    settle();
    expect(approvalStatus(stored().approval, stored().answers)).toBe('stale');
    approve(tabs[0], 'date', '2026-06-01');
    settle();
    expect(approvalStatus(stored().approval, stored().answers)).toBe('given');
  });

  it('keep the evidence added to different questions in each tab', () => {
    const { tabs, settle, stored } = twoTabs();
    tabs[0]?.setEvidence('cyber-iso27001', [{ ref: 'ISMS-politik' }]);
    tabs[1]?.setEvidence('cyber-mature', [{ ref: 'https://intra.region.dk/cyber', owner: 'CISO' }]);
    settle();
    expect(stored().evidence).toEqual({
      'cyber-iso27001': [{ ref: 'ISMS-politik' }],
      'cyber-mature': [{ ref: 'https://intra.region.dk/cyber', owner: 'CISO' }],
    });
    tabs[1]?.setEvidence('cyber-iso27001', []);
    settle();
    expect(stored().evidence).toEqual({ 'cyber-mature': [{ ref: 'https://intra.region.dk/cyber', owner: 'CISO' }] });
  });

  it('are both forgotten by "Start forfra" and written into the exported file while they hold something', () => {
    const { tabs, settle, stored } = twoTabs();
    approve(tabs[0], 'name', 'Mette Jensen');
    tabs[1]?.setEvidence('cyber-iso27001', [{ ref: 'ISMS-politik' }]);
    settle();
    expect(tabs[0]?.toFile()).toMatchObject({
      approval: { name: 'Mette Jensen' },
      evidence: { 'cyber-iso27001': [{ ref: 'ISMS-politik' }] },
    });
    tabs[1]?.reset();
    settle();
    expect(stored()).toMatchObject({ approval: {}, evidence: {} });
    expect(tabs[0]?.toFile()).not.toHaveProperty('approval');
    expect(tabs[0]?.toFile()).not.toHaveProperty('evidence');
  });
});
