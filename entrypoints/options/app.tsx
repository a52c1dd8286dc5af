import { useCallback } from 'preact/hooks';
import { FerryLogo } from '@/components/ferry-logo';
import { messageOf } from '@/components/message-of';
import { useSettings } from '@/components/use-settings';
import { CacheSection } from './cache-section';
import { DisplaySection } from './display-section';
import { GlossarySection } from './glossary-section';
import { ImportExportSection } from './import-export-section';
import { SaveFeedback, useSaveFeedback } from './save-feedback';
import type { SaveSettings } from './settings-props';
import { SitesSection } from './sites-section';
import { TranslatorsSection } from './translators-section';
import { WritingSection } from './writing-section';

const CONTENTS = [
  ['translators', 'Translators'],
  ['display', 'Display'],
  ['writing', 'Writing replies'],
  ['glossary', 'Glossary'],
  ['sites', 'Sites'],
  ['cache', 'Cache'],
  ['import-export', 'Import / export'],
] as const;

/** The options page: every setting saves as soon as it changes. */
export function App() {
  const { settings, loadError, update, reload } = useSettings();
  const { feedback, report } = useSaveFeedback();

  const save: SaveSettings = useCallback(
    (change) => {
      update(change).then(
        () => report('saved', 'Saved'),
        (error: unknown) => report('error', `Not saved: ${messageOf(error)}`),
      );
    },
    [update, report],
  );

  const imported = useCallback(() => {
    void reload().then(() => report('saved', 'Saved'));
  }, [reload, report]);

  return (
    <div class="page">
      <header class="page-header">
        <FerryLogo size={40} />
        <div>
          <h1>Ferry settings</h1>
          <p class="muted">
            An English line under every Chinese paragraph. Changes save as you make them.
          </p>
        </div>
      </header>
      <nav class="contents" aria-label="Sections">
        {CONTENTS.map(([id, title]) => (
          <a key={id} href={`#${id}`}>
            {title}
          </a>
        ))}
      </nav>
      {loadError ? (
        <div class="banner" role="alert">
          Your saved settings can’t be read, so they are left as they are. {loadError}
        </div>
      ) : null}
      {settings ? (
        <>
          <TranslatorsSection settings={settings} save={save} />
          <DisplaySection settings={settings} save={save} />
          <WritingSection settings={settings} save={save} />
          <GlossarySection settings={settings} save={save} />
          <SitesSection settings={settings} save={save} />
        </>
      ) : loadError ? null : (
        <p class="muted">Loading…</p>
      )}
      <CacheSection />
      <ImportExportSection onImported={imported} />
      <SaveFeedback feedback={feedback} />
    </div>
  );
}
