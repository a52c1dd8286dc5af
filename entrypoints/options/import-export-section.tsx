import { useState } from 'preact/hooks';
import { downloadFile } from '@/components/download-file';
import { messageOf } from '@/components/message-of';
import { Section } from '@/components/section';
import {
  SETTINGS_FILE_NAME,
  exportSettingsText,
  importSettingsText,
  type ImportResult,
} from './settings-file';

interface ImportExportSectionProps {
  /** Called after a file was imported and saved. */
  onImported: () => void;
}

type Outcome = { kind: 'error' | 'done'; message: string } | null;

/** Settings to and from a JSON file (to move them to another browser or keep a copy). */
export function ImportExportSection({ onImported }: ImportExportSectionProps) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [includeKeys, setIncludeKeys] = useState(false);

  const exportFile = async () => {
    try {
      downloadFile(SETTINGS_FILE_NAME, await exportSettingsText({ includeKeys }));
      setOutcome(null);
    } catch (error) {
      setOutcome({ kind: 'error', message: `Could not export: ${messageOf(error)}` });
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared so picking the same file again still fires `change`.
    input.value = '';
    if (!file) return;
    let result: ImportResult;
    try {
      result = await importSettingsText(await file.text());
    } catch (error) {
      // The file could not be read or the settings could not be stored.
      setOutcome({ kind: 'error', message: `Could not import ${file.name}: ${messageOf(error)}` });
      return;
    }
    if (result.ok) {
      setOutcome({ kind: 'done', message: `Imported settings from ${file.name}.` });
      onImported();
    } else {
      setOutcome({ kind: 'error', message: result.error });
    }
  };

  return (
    <Section
      id="import-export"
      title="Import / export"
      description={
        'Move your settings to another browser or keep a copy. API keys stay out of the file unless you include them; importing a file without keys keeps the keys you have.'
      }
    >
      <label class="checkbox-row">
        <input
          type="checkbox"
          checked={includeKeys}
          data-testid="options-export-keys"
          onChange={(event) => setIncludeKeys(event.currentTarget.checked)}
        />
        Include my API keys in the exported file
      </label>
      <div class="button-row">
        <button type="button" class="button" data-testid="options-export" onClick={exportFile}>
          Export settings
        </button>
        <label class="button file-button">
          Import settings…
          <input
            type="file"
            accept=".json,application/json"
            data-testid="options-import"
            onChange={(event) => void importFile(event.currentTarget)}
          />
        </label>
      </div>
      {outcome?.kind === 'error' ? (
        <p class="error-text import-outcome" role="alert" data-testid="options-import-error">
          {outcome.message}
        </p>
      ) : outcome?.kind === 'done' ? (
        <p class="hint import-outcome" role="status" data-testid="options-import-done">
          {outcome.message}
        </p>
      ) : null}
    </Section>
  );
}
