import type { ProviderId } from '../../../../utils/settings/provider-catalog';
import type { ProviderSettings } from '../../../../utils/settings/schema';
import type { ProviderDefinition, ProviderLimits } from '../../../../utils/translate/provider';
import type { ChainLink, TranslationChain } from '../../../../utils/translate/translation-chain';

export interface FakeCall {
  texts: string[];
  from: string;
  to: string;
  config: ProviderSettings;
}

/** Answers one call; may throw a TranslateError or return a promise the test controls. */
export type FakeResponder = (texts: string[], callIndex: number, signal: AbortSignal) => string[] | Promise<string[]>;

export interface FakeProvider {
  definition: ProviderDefinition;
  calls: FakeCall[];
  /** Calls started and not yet answered. */
  open(): number;
  maxOpen(): number;
}

export const fakeTranslation = (text: string): string => `EN(${text})`;

/** An in-memory provider for queue tests: no HTTP, every call recorded. */
export function fakeProvider(
  id: ProviderId,
  limits: Partial<ProviderLimits> = {},
  respond: FakeResponder = (texts) => texts.map(fakeTranslation),
  supports: ProviderDefinition['supports'] = () => true,
): FakeProvider {
  const calls: FakeCall[] = [];
  let open = 0;
  let maxOpen = 0;
  const definition: ProviderDefinition = {
    id,
    limits: { maxItems: 10, maxChars: 1_000, concurrency: 2, ...limits },
    supports,
    create: (config) => ({
      async translate(texts, from, to, signal) {
        const index = calls.length;
        calls.push({ texts, from, to, config });
        open += 1;
        maxOpen = Math.max(maxOpen, open);
        try {
          return await respond(texts, index, signal);
        } finally {
          open -= 1;
        }
      },
    }),
  };
  return { definition, calls, open: () => open, maxOpen: () => maxOpen };
}

export function configFor(endpoint = 'http://127.0.0.1:1', model = ''): ProviderSettings {
  return { endpoint, apiKey: '', model };
}

export function chainOf(...providers: (ProviderDefinition | ChainLink)[]): TranslationChain {
  return {
    links: providers.map((item) => ('provider' in item ? item : { provider: item, config: configFor() })),
    from: 'auto',
    to: 'en',
  };
}

/** A clock whose sleeps return at once and move time forward, recording each wait. */
export function fakeClock(): { now: () => number; sleep: (ms: number) => Promise<void>; sleeps: number[] } {
  let time = 1_000_000;
  const sleeps: number[] = [];
  return {
    now: () => time,
    sleep: async (ms) => {
      sleeps.push(ms);
      time += ms;
    },
    sleeps,
  };
}

/** A promise with its resolve function outside, to hold a fake call open. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}
