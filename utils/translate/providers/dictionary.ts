import { browser } from '#imports';
import { glossText } from '../dictionary/gloss-text';
import { parseWordList, type WordList } from '../dictionary/word-list';
import { TranslateError } from '../errors';
import type { ProviderDefinition } from '../provider';

/** Where the build put the packed CC-CEDICT word list (see scripts/pack-dictionary.ts). */
const WORD_LIST_PATH = '/dictionary/cedict.tsv';

/**
 * The offline translator: a word-by-word English gloss with pinyin from CC-CEDICT, for when every
 * other translator fails or there is no network. Nothing leaves the device. The word list is
 * read once, the first time it is needed (a service worker that never glosses never loads it).
 */
export function createDictionary(load: () => Promise<string>): ProviderDefinition {
  let words: Promise<WordList> | undefined;
  const wordList = () => {
    words ??= load().then(parseWordList, (error: unknown) => {
      words = undefined; // a failed read is tried again next time
      throw new TranslateError('transient', `The offline dictionary could not be read: ${String(error)}`);
    });
    return words;
  };
  return {
    id: 'dictionary',
    // Local and fast: large batches, no throttling.
    limits: { maxItems: 200, maxChars: 100_000, concurrency: 4 },
    // CC-CEDICT is Chinese to English only.
    supports: (from, to) => to === 'en' && (from === 'auto' || from.startsWith('zh')),
    create: () => ({
      async translate(texts) {
        const list = await wordList();
        return texts.map((text) => glossText(text, list));
      },
    }),
  };
}

export const dictionary = createDictionary(async () => {
  const response = await fetch(browser.runtime.getURL(WORD_LIST_PATH as '/'));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
});
