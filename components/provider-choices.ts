import { PROVIDER_CATALOG, PROVIDER_IDS, type ProviderId } from '@/utils/settings/provider-catalog';
import type { Choice } from './select-field';

/** Every translator as a choice for a picker, in catalog order. */
export const PROVIDER_CHOICES: readonly Choice<ProviderId>[] = PROVIDER_IDS.map((id) => ({
  value: id,
  label: PROVIDER_CATALOG[id].label,
}));
