import { useState } from 'preact/hooks';
import { messageOf } from '@/components/message-of';
import { TextSetting } from '@/components/text-setting';
import { sendMessage, type TestResult } from '@/utils/messaging/protocol';
import { providerFacts, type ProviderId } from '@/utils/settings/provider-catalog';
import type { ProviderSettings } from '@/utils/settings/schema';
import { providerKeyMode } from './provider-key-mode';
import type { SaveSettings } from './settings-props';
import { validateEndpoint } from './validate-endpoint';

interface ProviderCardProps {
  id: ProviderId;
  config: ProviderSettings;
  /** "In use", "Fallback 1", or nothing. */
  role: string | null;
  save: SaveSettings;
}

type Test = { state: 'idle' } | { state: 'running' } | ({ state: 'done' } & TestResult) | { state: 'failed'; message: string };

/** How a test result reads to the person who pressed the button. */
function testMessage(test: Test): string {
  if (test.state === 'running') return 'Testing…';
  if (test.state === 'failed') return `Could not test: ${test.message}`;
  if (test.state !== 'done') return '';
  return test.ok ? `Works (${test.ms} ms): “${test.text}”` : `Failed (${test.kind}): ${test.message}`;
}

/**
 * One translator: what it needs and what leaves the machine, its server address, key (masked)
 * and model where it takes them, and a Test button that translates a sample sentence with the
 * settings as saved.
 */
export function ProviderCard({ id, config, role, save }: ProviderCardProps) {
  const { label, defaultEndpoint, about, offline, defaultModel } = providerFacts(id);
  const keyMode = providerKeyMode(id);
  const [test, setTest] = useState<Test>({ state: 'idle' });
  const change = (field: keyof ProviderSettings, value: string) =>
    save((current) => ({
      ...current,
      providers: { ...current.providers, [id]: { ...current.providers[id], [field]: value } },
    }));
  const runTest = async () => {
    setTest({ state: 'running' });
    try {
      setTest({ state: 'done', ...(await sendMessage('testTranslator', id)) });
    } catch (error) {
      setTest({ state: 'failed', message: messageOf(error) });
    }
  };
  const result = testMessage(test);
  const failed = test.state === 'failed' || (test.state === 'done' && !test.ok);

  return (
    <article class="provider-card" data-provider={id}>
      <header class="provider-card-header">
        <h3>{label}</h3>
        {role ? <span class="badge">{role}</span> : null}
      </header>
      <p class="hint provider-about">{about}</p>
      {offline ? null : (
        <TextSetting
          id={`endpoint-${id}`}
          label="Server address"
          type="url"
          value={config.endpoint}
          resetTo={defaultEndpoint}
          // DeepL picks its own server from the key: an empty address is a choice there.
          validate={(value) => (defaultEndpoint === '' && value.trim() === '' ? null : validateEndpoint(value))}
          placeholder={defaultEndpoint || 'Chosen from your key'}
          hint="Point it at a self-hosted server or a proxy that speaks the same API."
          testId={`options-endpoint-${id}`}
          onCommit={(value) => change('endpoint', value.trim())}
        />
      )}
      {keyMode !== 'none' ? (
        <TextSetting
          id={`apikey-${id}`}
          label={keyMode === 'optional' ? 'API key (optional)' : 'API key'}
          value={config.apiKey}
          secret
          hint="Stays on this device and is sent only to this translator."
          testId={`options-apikey-${id}`}
          onCommit={(value) => change('apiKey', value.trim())}
        />
      ) : null}
      {defaultModel !== undefined ? (
        <TextSetting
          id={`model-${id}`}
          label="Model"
          value={config.model}
          resetTo={defaultModel}
          placeholder={defaultModel}
          hint="The model name the server knows it by (gpt-4o-mini, deepseek-chat, qwen2.5:7b…)."
          testId={`options-model-${id}`}
          onCommit={(value) => change('model', value.trim())}
        />
      ) : null}
      <div class="provider-test">
        <button
          type="button"
          class="button"
          data-testid={`options-test-${id}`}
          disabled={test.state === 'running'}
          onClick={() => void runTest()}
        >
          Test
        </button>
        {result ? (
          <p
            class={failed ? 'error-text' : 'hint'}
            role={failed ? 'alert' : 'status'}
            data-testid={`options-test-result-${id}`}
            data-ok={test.state === 'done' && test.ok ? '' : undefined}
          >
            {result}
          </p>
        ) : null}
      </div>
    </article>
  );
}
