import { describe, expect, it } from 'vitest';
import { providerChoices } from '@/components/provider-choices';
import { PROVIDER_CATALOG, PROVIDER_IDS } from '@/utils/settings/provider-catalog';

describe('providerChoices', () => {
  it('offers every catalog translator once, in catalog order, under its catalog label, where the browser has them all', () => {
    expect(providerChoices({ Translator: {} })).toEqual(PROVIDER_IDS.map((id) => ({ value: id, label: PROVIDER_CATALOG[id].label })));
  });

  it('leaves out the on-device translator where the browser has no Translator API (Firefox)', () => {
    const ids = providerChoices({}).map((choice) => choice.value);
    expect(ids).not.toContain('chrome-builtin');
    expect(ids).toHaveLength(PROVIDER_IDS.length - 1);
  });
});
