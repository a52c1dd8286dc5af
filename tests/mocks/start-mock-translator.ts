import type { ProviderId } from '../../utils/settings/provider-catalog';
import { startLibreTranslateMock, type LibreTranslateMockOptions } from './libretranslate-mock';
import { startMicrosoftMock } from './microsoft-mock';
import type { MockTranslator } from './mock-server';

export interface MockTranslatorOptions extends LibreTranslateMockOptions {
  /** Which service to speak; `apiKey` applies to LibreTranslate only (Microsoft's endpoint takes none). */
  kind: ProviderId;
}

/** One mock per provider: a new provider without a mock fails to type-check here. */
const STARTERS: Record<ProviderId, (options: LibreTranslateMockOptions) => Promise<MockTranslator>> = {
  microsoft: startMicrosoftMock,
  libretranslate: startLibreTranslateMock,
};

/** Starts the mock for a provider id, for tests that loop over providers. */
export function startMockTranslator(options: MockTranslatorOptions): Promise<MockTranslator> {
  const { kind, ...rest } = options;
  return STARTERS[kind](rest);
}
