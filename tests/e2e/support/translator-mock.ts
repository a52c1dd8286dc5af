import type { RecordedRequest, MockTranslator } from '../../mocks/mock-server';
import { mockTranslation } from '../../mocks/mock-translation';
import { deeplTargetLanguage } from '../../../utils/translate/providers/deepl';
import { paragraphsOf } from '../../mocks/openai-mock';
import { startMockTranslator } from '../../mocks/start-mock-translator';
import type { NetworkProviderId } from '../../../utils/settings/provider-catalog';

/** A mock translator plus what the e2e tests read from it. */
export interface E2eTranslator {
  kind: NetworkProviderId;
  mock: MockTranslator;
  /** Settings that point Ferry at this mock (and nothing else). */
  settings(targetLanguage?: string): Record<string, unknown>;
  /** Texts of each translation request, oldest first (one array per request). */
  batches(): string[][];
  /** The mock's translation of `text`, what Ferry should show under it. */
  expected(text: string, to?: string): string;
  close(): Promise<void>;
}

export async function startTranslator(
  kind: NetworkProviderId = 'microsoft',
  { delayMs }: { delayMs?: number } = {},
): Promise<E2eTranslator> {
  const mock = await startMockTranslator({ kind, delayMs });
  return {
    kind,
    mock,
    settings: (targetLanguage = 'en') => ({
      enabled: true,
      provider: kind,
      fallbacks: [],
      targetLanguage,
      // DeepL will not send a paragraph without a key; the mock takes any.
      providers: { [kind]: { endpoint: mock.url, apiKey: kind === 'deepl' ? 'e2e-key:fx' : '' } },
    }),
    batches: () => mock.requests.map((request) => textsOf(kind, request)).filter((t): t is string[] => !!t),
    expected: (text, to = 'en') => mockTranslation(text, WIRE_TARGET[kind](to)),
    close: () => mock.close(),
  };
}

/** The target code as each service's wire carries it (its mock tags the translation with it). */
const WIRE_TARGET: Record<NetworkProviderId, (to: string) => string> = {
  microsoft: (to) => to,
  google: (to) => ({ 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW' })[to] ?? to,
  deepl: deeplTargetLanguage,
  deeplx: deeplTargetLanguage,
  openai: (to) => to,
  libretranslate: (to) => ({ 'zh-Hans': 'zh' })[to] ?? to,
};

const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;

/** The texts a translation request carries, per provider wire format (a new provider must add one). */
const TEXTS_OF: Record<NetworkProviderId, (request: RecordedRequest) => string[] | undefined> = {
  microsoft: (request) => (request.method === 'POST' ? strings(request.body) : undefined),
  google: (request) => (request.method === 'GET' && typeof request.query.q === 'string' ? [request.query.q] : undefined),
  deepl: (request) =>
    request.method === 'POST' && typeof request.body === 'object' && request.body !== null
      ? strings((request.body as { text?: unknown }).text)
      : undefined,
  deeplx: (request) => {
    const text = request.method === 'POST' && typeof request.body === 'object' && request.body !== null ? (request.body as { text?: unknown }).text : undefined;
    return typeof text === 'string' ? [text] : undefined;
  },
  openai: (request) => paragraphsOf(request)?.map((paragraph) => paragraph.text),
  libretranslate: (request) => {
    if (request.method !== 'POST') return undefined;
    const q = typeof request.body === 'object' && request.body !== null ? (request.body as { q?: unknown }).q : undefined;
    return typeof q === 'string' ? [q] : strings(q);
  },
};

function textsOf(kind: NetworkProviderId, request: RecordedRequest): string[] | undefined {
  return TEXTS_OF[kind](request);
}

export interface BatchStats {
  requests: number;
  texts: number;
  textsPerRequest: number;
  /** Texts that were sent more than once (each listed once). */
  duplicates: string[];
}

export function batchStats(batches: string[][]): BatchStats {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  let texts = 0;
  for (const batch of batches) {
    for (const text of batch) {
      texts += 1;
      if (seen.has(text)) duplicates.add(text);
      seen.add(text);
    }
  }
  return {
    requests: batches.length,
    texts,
    textsPerRequest: batches.length ? texts / batches.length : 0,
    duplicates: [...duplicates],
  };
}
