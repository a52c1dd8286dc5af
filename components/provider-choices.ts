import { PROVIDER_CATALOG, PROVIDER_IDS, providerFacts, type ProviderId } from '@/utils/settings/provider-catalog';
import type { Choice } from './select-field';

/** The browser has Chrome's on-device Translator API (a translator that runs in the page). */
export function hasOnDeviceTranslator(scope: object = globalThis): boolean {
  return 'Translator' in scope;
}

/**
 * Every translator this browser can use, as choices for a picker, in catalog order: one that
 * runs in the page only where the browser has it (Chrome's on-device translator, not Firefox).
 */
export function providerChoices(scope: object = globalThis): Choice<ProviderId>[] {
  return PROVIDER_IDS.filter((id) => !providerFacts(id).inPage || hasOnDeviceTranslator(scope)).map((id) => ({
    value: id,
    label: PROVIDER_CATALOG[id].label,
  }));
}
