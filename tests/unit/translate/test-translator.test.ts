import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../utils/settings/schema';
import { TEST_SENTENCE } from '../../../utils/settings/provider-catalog';
import { testTranslator } from '../../../utils/translate/test-translator';
import { startMicrosoftMock } from '../../mocks/microsoft-mock';
import type { MockTranslator } from '../../mocks/mock-server';
import { mockTranslation } from '../../mocks/mock-translation';

let mock: MockTranslator | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

function settingsFor(endpoint: string): Settings {
  const settings = defaultSettings();
  return { ...settings, providers: { ...settings.providers, microsoft: { endpoint, apiKey: '', model: '' } } };
}

describe('testTranslator (the options page Test button)', () => {
  it('translates the test sentence with the saved settings and says how long it took', async () => {
    mock = await startMicrosoftMock();
    let clock = 1000;
    const result = await testTranslator(settingsFor(mock.url), 'microsoft', () => (clock += 250));
    expect(result).toEqual({ ok: true, text: mockTranslation(TEST_SENTENCE, 'en'), ms: 250 });
    expect(mock.requests).toHaveLength(1);
  });

  it('reports a failure as its kind and the translator’s reason', async () => {
    mock = await startMicrosoftMock();
    mock.setFailure('auth');
    const result = await testTranslator(settingsFor(mock.url), 'microsoft');
    expect(result).toMatchObject({ ok: false, kind: 'auth' });
    expect(result.ok === false && result.message).toMatch(/401/);
  });

  it('reports an unreachable server as transient', async () => {
    const result = await testTranslator(settingsFor('http://127.0.0.1:9'), 'microsoft');
    expect(result).toMatchObject({ ok: false, kind: 'transient' });
  });
});
