import { describe, expect, it } from 'vitest';
import { readPageSwitches } from '../../../utils/settings/page-switches';
import { repairSettings } from '../../../utils/settings/repair';

describe('readPageSwitches', () => {
  it('reads the three fields the gate needs, each bad one alone falling back', () => {
    expect(readPageSwitches({ enabled: false, sites: { 'a.cn': 'never', 'b.cn': 'sometimes', '': 'always' }, compose: { shortcut: 'ctrl+m' } })).toEqual({
      enabled: false,
      sites: { 'a.cn': 'never' },
      compose: { shortcut: 'Ctrl+M' },
    });
    expect(readPageSwitches({ enabled: 'yes', sites: [], compose: { shortcut: 'M' } })).toEqual({
      enabled: true,
      sites: {},
      compose: { shortcut: 'Alt+Enter' },
    });
    expect(readPageSwitches(null)).toEqual(readPageSwitches({}));
  });

  it('agrees with the full repair', () => {
    const raw = { enabled: false, sites: { 'x.com': 'always', 'y.com': 3 }, compose: { shortcut: 'alt+t', tone: 'rude' } };
    const full = repairSettings(raw);
    expect(readPageSwitches(raw)).toEqual({ enabled: full.enabled, sites: full.sites, compose: { shortcut: full.compose.shortcut } });
  });
});
