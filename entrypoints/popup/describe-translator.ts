import type { ServedBy, TranslateErrorKind } from '@/utils/messaging/protocol';
import { providerFacts } from '@/utils/settings/provider-catalog';

const WHY: Record<TranslateErrorKind, string> = {
  quota: 'quota used up',
  auth: 'key refused',
  'rate-limit': 'too busy (rate limited)',
  transient: 'unreachable',
  'bad-response': 'unreadable answers',
};

/** "Microsoft (free, no key)" -> "Microsoft": the name without its setup note. */
function nameOf(id: ServedBy['provider']): string {
  return providerFacts(id).label.replace(/\s*\(.*\)$/, '');
}

/** Which translator is serving the page, and why it is not the chosen one when it is a fallback. */
export function describeTranslator(served: ServedBy): string {
  const { provider, fallbackFrom } = served;
  if (!fallbackFrom) return `Translated by ${nameOf(provider)}`;
  return `${nameOf(fallbackFrom.provider)}: ${WHY[fallbackFrom.kind]}, using ${nameOf(provider)}`;
}
