/** One word of the offline dictionary: its pinyin (numbered) and a short English gloss. */
export interface DictionaryEntry {
  pinyin: string;
  gloss: string;
}

export interface WordList {
  get(word: string): DictionaryEntry | undefined;
  /** The longest word it holds, in characters (how far a longest match must look). */
  longest: number;
  size: number;
}

/**
 * Reads the packed word list (scripts/pack-dictionary.ts): a line a word,
 * "simplified TAB traditional-if-different TAB pinyin TAB gloss". Both scripts look up alike.
 */
export function parseWordList(text: string): WordList {
  const words = new Map<string, DictionaryEntry>();
  let longest = 1;
  for (const line of text.split('\n')) {
    const [simplified, traditional, pinyin, gloss] = line.split('\t');
    if (!simplified || pinyin === undefined || !gloss) continue;
    const entry = { pinyin, gloss };
    words.set(simplified, entry);
    if (traditional && !words.has(traditional)) words.set(traditional, entry);
    longest = Math.max(longest, [...simplified].length);
  }
  return { get: (word) => words.get(word), longest, size: words.size };
}
