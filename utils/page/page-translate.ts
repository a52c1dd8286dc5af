import type { TranslateResult } from '../messaging/protocol';
import { providerFacts, type ProviderId } from '../settings/provider-catalog';

export interface PageTranslateOptions {
  /** The chosen translator, read at each call (the reader may switch it). */
  provider: () => ProviderId;
  target: () => string;
  /** The background's chain (cache, queue, fallbacks). */
  background: (texts: string[]) => Promise<TranslateResult[]>;
  /** A translator that runs in the page itself (Chrome's on-device one), where there is one. */
  inPage?: (texts: string[], to: string) => Promise<string[]>;
}

/**
 * How the page's texts get translated: through the background, or, when the reader chose a
 * translator that runs in the page, by it; if it cannot (no model yet, an error), the background
 * takes them, which passes it over and goes on with the fallbacks.
 */
export function createPageTranslate(options: PageTranslateOptions): (texts: string[]) => Promise<TranslateResult[]> {
  return async (texts) => {
    const provider = options.provider();
    if (!providerFacts(provider).inPage || !options.inPage) return options.background(texts);
    try {
      const translated = await options.inPage(texts, options.target());
      return translated.map((text) => ({ ok: true, text, cached: false, provider }));
    } catch {
      return options.background(texts);
    }
  };
}
