import type { ProviderId } from '../settings/provider-catalog';
import type { ProviderSettings } from '../settings/schema';

/** What one request to a provider may carry, and how hard the queue may push it. */
export interface ProviderLimits {
  /** Texts per request. */
  maxItems: number;
  /** Characters per request, summed over its texts. */
  maxChars: number;
  /** Requests in flight at once. */
  concurrency: number;
}

/** What a translator may know beyond the texts (LLM translators use it; the others ignore it). */
export interface TranslateContext {
  /** The page's title: what the paragraphs are about. */
  title?: string;
  /** The reader's glossary: a Chinese term -> how to render it ("种草" -> "recommend"). */
  glossary?: Readonly<Record<string, string>>;
  /** How a reply being written should sound: 'casual' is like a comment on a social app. */
  tone?: 'neutral' | 'casual';
}

/** A configured translator: one request, texts in, the same number of texts out, in order. */
export interface Translator {
  /**
   * @param from source language ('auto' lets the service detect it)
   * @param to target language (BCP 47)
   * @throws TranslateError
   */
  translate(texts: string[], from: string, to: string, signal: AbortSignal, context?: TranslateContext): Promise<string[]>;
}

/** One provider module exports one of these; the registry lists them. */
export interface ProviderDefinition {
  id: ProviderId;
  limits: ProviderLimits;
  /**
   * Whether the service translates `from` -> `to` (reading: auto -> en; writing a reply:
   * en -> zh-Hans / zh-Hant and back). A translator that cannot is left out of that chain.
   */
  supports(from: string, to: string): boolean;
  create(config: ProviderSettings): Translator;
}
