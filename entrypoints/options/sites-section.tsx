import { Section } from '@/components/section';
import type { SettingsSectionProps } from './settings-props';

const RULE_LABELS = { always: 'Always translate', never: 'Never translate' } as const;

/** The sites with their own rule, each removable (back to automatic). */
export function SitesSection({ settings, save }: SettingsSectionProps) {
  const sites = Object.entries(settings.sites).sort(([a], [b]) => a.localeCompare(b));
  const remove = (host: string) =>
    save((current) => {
      const next = { ...current.sites };
      delete next[host];
      return { ...current, sites: next };
    });

  return (
    <Section
      id="sites"
      title="Sites"
      description={
        'Sites not listed here are translated automatically when Ferry finds Chinese on them.'
      }
    >
      {sites.length === 0 ? (
        <p class="empty">
          No site rules yet. Choose Always or Never for a site from Ferry’s toolbar button.
        </p>
      ) : (
        <ul class="site-list" data-testid="options-sites">
          {sites.map(([host, rule]) => (
            <li class="site-row" key={host} data-host={host} data-rule={rule}>
              <span class="site-host">{host}</span>
              <span class="badge" data-rule={rule}>
                {RULE_LABELS[rule]}
              </span>
              <button
                type="button"
                class="button button-small"
                aria-label={`Remove the rule for ${host}`}
                onClick={() => remove(host)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
