import { pinyinWithMarks } from './pinyin-marks';
import type { DictionaryEntry, WordList } from './word-list';

const HAN = /\p{Script=Han}/u;

/** Chinese punctuation read as its English counterpart. */
const PUNCTUATION: Record<string, string> = {
  '，': ',', '。': '.', '！': '!', '？': '?', '、': ',', '：': ':', '；': ';',
  '（': '(', '）': ')', '“': '"', '”': '"', '‘': "'", '’': "'", '《': '“', '》': '”', '～': '~', '…': '…',
};

type Token = { word: string; entry: DictionaryEntry | undefined } | { other: string };

/** Splits text into dictionary words by longest match; what is not Han passes through. */
export function segment(text: string, words: WordList): Token[] {
  const chars = [...text];
  const tokens: Token[] = [];
  let other = '';
  for (let i = 0; i < chars.length; ) {
    if (!HAN.test(chars[i]!)) {
      other += PUNCTUATION[chars[i]!] ?? chars[i];
      i++;
      continue;
    }
    if (other) tokens.push({ other });
    other = '';
    let length = Math.min(words.longest, chars.length - i);
    for (; length > 1; length--) {
      if (words.get(chars.slice(i, i + length).join(''))) break;
    }
    const word = chars.slice(i, i + length).join('');
    tokens.push({ word, entry: words.get(word) });
    i += length;
  }
  if (other) tokens.push({ other });
  return tokens;
}

/**
 * A word-by-word English gloss with pinyin: "today (jīntiān) · weather (tiānqì) · very (hěn) ·
 * good (hǎo)". Not a translation, and labelled as such where it is shown; what it cannot look
 * up stays as written.
 */
export function glossText(text: string, words: WordList): string {
  let out = '';
  let lastWasWord = false;
  for (const token of segment(text, words)) {
    if ('other' in token) {
      out += token.other.replace(/\s+/g, ' ');
      lastWasWord = false;
      continue;
    }
    const shown = token.entry ? `${token.entry.gloss} (${pinyinWithMarks(token.entry.pinyin)})` : token.word;
    out += lastWasWord ? ` · ${shown}` : out && !/\s$/.test(out) ? ` ${shown}` : shown;
    lastWasWord = true;
  }
  return out.trim();
}
