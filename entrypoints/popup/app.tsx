import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from '#imports';
import { chooseProvider } from '@/utils/settings/choose-provider';
import { FerryLogo } from '@/components/ferry-logo';
import { messageOf } from '@/components/message-of';
import { providerChoices } from '@/components/provider-choices';
import { SegmentedControl } from '@/components/segmented-control';
import { SelectField, type Choice } from '@/components/select-field';
import { ToggleSwitch } from '@/components/toggle-switch';
import { useSettings } from '@/components/use-settings';
import { TARGET_LANGUAGES, defaultSettings, type TargetLanguage } from '@/utils/settings/schema';
import { describePage } from './describe-page';
import { describeTranslator } from './describe-translator';
import { describeCacheProblem, useCacheProblem } from './use-cache-problem';
import { findTargetTab } from './find-target-tab';
import { PageProgress } from './page-progress';
import { parseWebUrl } from './parse-web-url';
import { usePageState } from './use-page-state';

type SiteChoice = 'auto' | 'always' | 'never';

// Read after the "Translate this site" label: "Automatic | Always | Never".
const SITE_CHOICES: Choice<SiteChoice>[] = [
  { value: 'auto', label: 'Automatic' },
  { value: 'always', label: 'Always' },
  { value: 'never', label: 'Never' },
];

// Shown (disabled) for the moment before stored settings arrive.
const DEFAULTS = defaultSettings();

const TARGET_CHOICES = Object.entries(TARGET_LANGUAGES).map(([value, label]) => ({
  value,
  label,
})) as Choice<TargetLanguage>[];

/** The toolbar popup: this page's switch and progress, this site's rule, translator, language. */
export function App() {
  const [tab, setTab] = useState<Browser.tabs.Tab | undefined>();
  const [tabKnown, setTabKnown] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const { settings, loadError, update } = useSettings();
  const page = usePageState(tabKnown ? tab?.id : undefined);
  const cacheProblem = useCacheProblem();

  useEffect(() => {
    findTargetTab()
      .then(setTab, () => setTab(undefined))
      .finally(() => setTabKnown(true));
  }, []);

  const host = page.state?.host || parseWebUrl(tab?.url)?.hostname;
  const siteRule = host ? settings?.sites[host] : undefined;
  const status = tabKnown
    ? describePage({ reach: page.reach, state: page.state, url: tab?.url, siteRule })
    : { tone: 'info' as const, message: 'Looking at this page…' };
  const ready = page.reach === 'ready' && page.state !== null;

  const run = (action: () => Promise<unknown>) => {
    setActionError(null);
    action().catch((error: unknown) => setActionError(messageOf(error)));
  };

  /** An action on the page itself: a page that does not answer gets one plain message. */
  const onPage = (action: () => Promise<void>) =>
    run(async () => {
      try {
        await action();
      } catch {
        throw new Error('The page didn’t answer. Reload it and try again.');
      }
    });
  const toggle = (active: boolean) => onPage(() => page.setActive(active));

  const setSiteRule = (choice: SiteChoice) =>
    run(() =>
      update((current) => {
        if (!host) return current;
        const sites = { ...current.sites };
        if (choice === 'auto') delete sites[host];
        else sites[host] = choice;
        return { ...current, sites };
      }),
    );

  const shownError = actionError ?? loadError;

  return (
    <main class="popup">
      <header class="popup-header">
        <FerryLogo size={30} />
        <div class="popup-title">
          <h1>Ferry</h1>
          <span class="popup-host" title={host}>
            {host ?? 'No web page'}
          </span>
        </div>
        <ToggleSwitch
          label="Translate this page"
          checked={page.state?.active ?? false}
          disabled={!ready}
          testId="popup-toggle"
          onChange={toggle}
        />
      </header>

      <div
        class="popup-status"
        role="status"
        data-testid="popup-status"
        data-tone={shownError ? 'warn' : status.tone}
      >
        {shownError ?? status.message}
      </div>

      {ready && page.state ? <PageProgress counts={page.state.counts} /> : null}
      {ready && page.state && page.state.counts.error > 0 ? (
        <button
          type="button"
          class="popup-retry"
          data-testid="popup-retry-failed"
          onClick={() => onPage(page.retryFailed)}
        >
          Retry all failed ({page.state.counts.error})
        </button>
      ) : null}
      {ready && page.state?.translator ? (
        <p
          class="popup-translator"
          data-testid="popup-translator"
          data-fallback={page.state.translator.fallbackFrom ? '' : undefined}
        >
          {describeTranslator(page.state.translator)}
        </p>
      ) : null}
      {cacheProblem ? (
        <p class="popup-translator" data-fallback="" data-testid="popup-cache-problem">
          {describeCacheProblem(cacheProblem)}
        </p>
      ) : null}

      <div class="popup-group">
        <span class="field-label">Translate this site</span>
        <SegmentedControl
          legend={host ? `Translate ${host}` : 'Translate this site'}
          name="site-rule"
          value={siteRule ?? 'auto'}
          choices={SITE_CHOICES}
          disabled={!host || !settings}
          testId="popup-site-rule"
          onChange={setSiteRule}
        />
      </div>

      <div class="popup-pickers">
        <SelectField
          label="Translator"
          value={(settings ?? DEFAULTS).provider}
          choices={providerChoices()}
          disabled={!settings}
          testId="popup-provider"
          onChange={(provider) => run(() => update((current) => chooseProvider(current, provider)))}
        />
        <SelectField
          label="Language"
          value={(settings ?? DEFAULTS).targetLanguage}
          choices={TARGET_CHOICES}
          disabled={!settings}
          testId="popup-target"
          onChange={(targetLanguage) =>
            run(() => update((current) => ({ ...current, targetLanguage })))
          }
        />
      </div>

      <footer class="popup-footer">
        <button
          type="button"
          class="button"
          data-testid="popup-open-options"
          onClick={() => run(() => browser.runtime.openOptionsPage())}
        >
          Settings
        </button>
      </footer>
    </main>
  );
}
