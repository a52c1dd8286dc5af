import { createTranslationQueue, type TranslationQueueOptions } from '../../../../utils/translate/translation-queue';
import type { TranslationChain } from '../../../../utils/translate/translation-chain';
import { MemoryCache } from '../../../mocks/memory-cache';
import { fakeClock } from './fake-provider';

/** A queue over `chain` with an in-memory cache, a clock that never really waits, and no jitter. */
export function queueHarness(chain: TranslationChain, options: Partial<TranslationQueueOptions> = {}) {
  const cache = new MemoryCache();
  const clock = fakeClock();
  const queue = createTranslationQueue({
    getChain: async () => chain,
    cache,
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0,
    ...options,
  });
  return { queue, cache, clock };
}
