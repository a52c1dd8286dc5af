import type { NetworkProviderId } from '../../utils/settings/provider-catalog';
import { startDeeplMock } from './deepl-mock';
import { startDeeplxMock } from './deeplx-mock';
import { startGoogleMock } from './google-mock';
import { startLibreTranslateMock, type LibreTranslateMockOptions } from './libretranslate-mock';
import { startMicrosoftMock } from './microsoft-mock';
import type { MockTranslator } from './mock-server';
import { startOpenAiMock } from './openai-mock';

export interface MockTranslatorOptions extends LibreTranslateMockOptions {
  /** Which service to speak; `apiKey` is the key the mock requires, where its service takes one. */
  kind: NetworkProviderId;
}

/** One mock per network provider: a new provider without a mock fails to type-check here. */
const STARTERS: Record<NetworkProviderId, (options: LibreTranslateMockOptions) => Promise<MockTranslator>> = {
  microsoft: startMicrosoftMock,
  google: startGoogleMock,
  deepl: startDeeplMock,
  deeplx: startDeeplxMock,
  openai: startOpenAiMock,
  libretranslate: startLibreTranslateMock,
};

/** Starts the mock for a provider id, for tests that loop over providers. */
export function startMockTranslator(options: MockTranslatorOptions): Promise<MockTranslator> {
  const { kind, ...rest } = options;
  return STARTERS[kind](rest);
}
