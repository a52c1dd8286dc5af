import { describe, expect, it } from 'vitest';
import { PROVIDER_CHOICES } from '@/components/provider-choices';
import { PROVIDER_CATALOG, PROVIDER_IDS } from '@/utils/settings/provider-catalog';

describe('PROVIDER_CHOICES', () => {
  it('offers every catalog translator once, in catalog order, under its catalog label', () => {
    expect(PROVIDER_CHOICES).toEqual(
      PROVIDER_IDS.map((id) => ({ value: id, label: PROVIDER_CATALOG[id].label })),
    );
  });
});
