import type { TestResult } from '../messaging/protocol';
import { TEST_SENTENCE, type ProviderId } from '../settings/provider-catalog';
import type { Settings } from '../settings/schema';
import { toTranslateError } from './errors';
import { getProvider } from './registry';

const TEST_TIMEOUT_MS = 30_000;

/**
 * The options page's "Test" button: one real request to one translator with its settings as
 * saved, timed. A failure comes back as its kind and the reason in the translator's words, with
 * the key (if the server echoed it) masked.
 */
export async function testTranslator(settings: Settings, id: ProviderId, now: () => number = Date.now): Promise<TestResult> {
  const config = settings.providers[id];
  const started = now();
  try {
    const [text] = await getProvider(id)
      .create(config)
      .translate([TEST_SENTENCE], 'auto', settings.targetLanguage, AbortSignal.timeout(TEST_TIMEOUT_MS), {
        glossary: settings.glossary,
      });
    if (!text?.trim()) return { ok: false, kind: 'bad-response', message: 'It answered with an empty translation', ms: now() - started };
    return { ok: true, text, ms: now() - started };
  } catch (error) {
    const failure = toTranslateError(error);
    const key = config.apiKey;
    const message = key ? failure.message.split(key).join('••••') : failure.message;
    return { ok: false, kind: failure.kind, message, ms: now() - started };
  }
}
