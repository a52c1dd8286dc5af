import { describe, expect, it } from 'vitest';
import { PROVIDER_IDS } from '../../../utils/settings/provider-catalog';
import { getProvider, PROVIDERS } from '../../../utils/translate/registry';

describe('provider registry', () => {
  it('lists exactly the providers of the settings catalog, each under its own id', () => {
    expect(Object.keys(PROVIDERS).sort()).toEqual([...PROVIDER_IDS].sort());
    for (const id of PROVIDER_IDS) expect(getProvider(id).id).toBe(id);
  });

  it('gives every provider limits the queue can work with (one text a request where the service takes one)', () => {
    for (const id of PROVIDER_IDS) {
      const { maxItems, maxChars, concurrency } = getProvider(id).limits;
      expect(maxItems).toBeGreaterThanOrEqual(1);
      expect(maxChars).toBeGreaterThanOrEqual(1_000);
      expect(concurrency).toBeGreaterThanOrEqual(1);
    }
  });
});
