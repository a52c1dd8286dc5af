import { useEffect, useState } from 'preact/hooks';
import { messageOf } from '@/components/message-of';
import {
  createOnDeviceTranslate,
  downloadOnDeviceModel,
  onDeviceAvailability,
  type OnDeviceAvailability,
} from '@/utils/on-device/translator-api';
import { TEST_SENTENCE, providerFacts, type ProviderId } from '@/utils/settings/provider-catalog';

interface OnDeviceCardProps {
  id: ProviderId;
  /** The language translations go into (the model is per language pair). */
  target: string;
  role: string | null;
}

const STATUS: Record<OnDeviceAvailability, string> = {
  available: 'Ready: the model is on this device.',
  downloadable: 'The model is not on this device yet. Download it once (Chrome fetches it; about a few hundred MB).',
  downloading: 'Chrome is downloading the model…',
  unavailable: 'Chrome cannot translate Chinese into this language on this device.',
};

/**
 * Chrome's on-device translator: shown only where the browser has it (never in Firefox), with the
 * model's state, a Download button (a click is what lets Chrome download) and its progress, and a
 * Test that runs here in the page.
 */
export function OnDeviceCard({ id, target, role }: OnDeviceCardProps) {
  const { label, about } = providerFacts(id);
  const [availability, setAvailability] = useState<OnDeviceAvailability | 'missing' | 'checking'>('checking');
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    void onDeviceAvailability(window, target).then((found) => live && setAvailability(found));
    return () => {
      live = false;
    };
  }, [target]);

  if (availability === 'missing' || availability === 'checking') return null;

  const download = async () => {
    setMessage(null);
    setProgress(0);
    try {
      await downloadOnDeviceModel(window, target, setProgress);
      setAvailability(await onDeviceAvailability(window, target));
    } catch (error) {
      setMessage({ ok: false, text: `Download failed: ${messageOf(error)}` });
    } finally {
      setProgress(null);
    }
  };
  const test = async () => {
    const started = performance.now();
    try {
      const [text] = await createOnDeviceTranslate(window)([TEST_SENTENCE], target);
      setMessage({ ok: true, text: `Works (${Math.round(performance.now() - started)} ms): “${text}”` });
    } catch (error) {
      setMessage({ ok: false, text: `Failed: ${messageOf(error)}` });
    }
  };

  return (
    <article class="provider-card" data-provider={id} data-availability={availability}>
      <header class="provider-card-header">
        <h3>{label}</h3>
        {role ? <span class="badge">{role}</span> : null}
      </header>
      <p class="hint provider-about">{about}</p>
      <p class="hint" data-testid={`options-on-device-status-${id}`}>
        {STATUS[availability]}
      </p>
      {progress !== null ? (
        <progress max={1} value={progress} aria-label="Model download" data-testid={`options-on-device-progress-${id}`} />
      ) : null}
      <div class="provider-test">
        {availability === 'downloadable' ? (
          <button type="button" class="button" data-testid={`options-download-${id}`} disabled={progress !== null} onClick={() => void download()}>
            Download the model
          </button>
        ) : null}
        <button type="button" class="button" data-testid={`options-test-${id}`} onClick={() => void test()}>
          Test
        </button>
        {message ? (
          <p class={message.ok ? 'hint' : 'error-text'} role={message.ok ? 'status' : 'alert'} data-testid={`options-test-result-${id}`}>
            {message.text}
          </p>
        ) : null}
      </div>
    </article>
  );
}
