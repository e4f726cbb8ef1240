import { describe, expect, it } from 'vitest';
import { approvalStatus } from '../../questions/documentation';
import { twoTabs } from './two-tabs';

describe('the approval and the evidence in two tabs', () => {
  it('keep the approver typed in one tab and the date typed in the other at the same moment', () => {
    const { tabs, settle, stored } = twoTabs();
    tabs[0]?.setApproval('name', 'Mette Jensen');
    tabs[1]?.setApproval('date', '2026-05-12');
    tabs[1]?.setApproval('role', 'Regionsdirektør');
    tabs[0]?.setApproval('reservations', 'Budget i 2027');
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
    tabs[0]?.setApproval('name', 'Mette Jensen');
    tabs[1]?.setApproval('name', 'Ole Hansen');
    settle();
    expect(stored().approval.name).toBe('Ole Hansen');
  });

  it('mark the approval as given before the answers when the other tab changes an answer after it', () => {
    const { tabs, settle, stored } = twoTabs();
    tabs[0]?.setAnswer('sector', 'region');
    settle();
    tabs[0]?.setApproval('name', 'Mette Jensen');
    settle();
    expect(approvalStatus(stored().approval, stored().answers)).toBe('given');
    tabs[1]?.setAnswer('sector', 'state');
    settle();
    expect(approvalStatus(stored().approval, stored().answers)).toBe('stale');
    tabs[0]?.setApproval('date', '2026-06-01');
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
    tabs[0]?.setApproval('name', 'Mette Jensen');
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
