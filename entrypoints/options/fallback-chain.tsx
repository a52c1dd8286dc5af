import {
  PROVIDER_CATALOG,
  PROVIDER_IDS,
  providerFacts,
  isProviderId,
  type ProviderId,
} from '@/utils/settings/provider-catalog';
import type { SettingsSectionProps } from './settings-props';

/** `list` with `id` moved `by` places (−1 up, +1 down); unchanged if it is absent or at an end. */
function moved(list: ProviderId[], id: ProviderId, by: number): ProviderId[] {
  const from = list.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= list.length) return list;
  const next = [...list];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

/** The ordered translators tried when the main one fails: reorder, remove, add. */
export function FallbackChain({ settings, save }: SettingsSectionProps) {
  const { provider, fallbacks } = settings;
  // Fallbacks run in the background: a translator that runs only in the page cannot be one.
  const addable = PROVIDER_IDS.filter((id) => id !== provider && !fallbacks.includes(id) && !providerFacts(id).inPage);
  // Each change applies to the stored chain it is given, not to the one on screen, so a change
  // made meanwhile (another click, the popup) is kept rather than overwritten.
  const changeFallbacks = (change: (chain: ProviderId[]) => ProviderId[]) =>
    save((current) => ({ ...current, fallbacks: change(current.fallbacks) }));

  return (
    <div class="field">
      <span class="field-label" id="fallbacks-label">
        If it fails, try
      </span>
      {fallbacks.length > 0 ? (
        <ol class="chain" aria-labelledby="fallbacks-label" data-testid="options-fallbacks">
          {fallbacks.map((id, index) => (
            <li class="chain-item" key={id} data-provider={id}>
              <span class="chain-index">{index + 1}</span>
              <span class="chain-label">{PROVIDER_CATALOG[id].label}</span>
              <button
                type="button"
                class="button button-small"
                aria-label={`Move ${PROVIDER_CATALOG[id].label} up`}
                disabled={index === 0}
                onClick={() => changeFallbacks((chain) => moved(chain, id, -1))}
              >
                ↑
              </button>
              <button
                type="button"
                class="button button-small"
                aria-label={`Move ${PROVIDER_CATALOG[id].label} down`}
                disabled={index === fallbacks.length - 1}
                onClick={() => changeFallbacks((chain) => moved(chain, id, +1))}
              >
                ↓
              </button>
              <button
                type="button"
                class="button button-small button-danger"
                aria-label={`Remove ${PROVIDER_CATALOG[id].label}`}
                title="Remove"
                onClick={() => changeFallbacks((chain) => chain.filter((other) => other !== id))}
              >
                ✕
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      {addable.length > 0 ? (
        <select
          class="select chain-add"
          aria-label="Add a fallback translator"
          value=""
          data-testid="options-fallback-add"
          onChange={(event) => {
            const id = event.currentTarget.value;
            event.currentTarget.value = '';
            if (!isProviderId(id)) return;
            changeFallbacks((chain) => (chain.includes(id) ? chain : [...chain, id]));
          }}
        >
          <option value="">Add a fallback…</option>
          {addable.map((id) => (
            <option key={id} value={id}>
              {PROVIDER_CATALOG[id].label}
            </option>
          ))}
        </select>
      ) : null}
      {fallbacks.length === 0 ? (
        <p class="hint">None: a paragraph that fails shows Retry.</p>
      ) : null}
    </div>
  );
}
