import { franc } from 'franc-min';
import { HAN_ALL, HAN_PER_WORD, LATIN_WORDS, countMatches as count } from './script-counts';

/**
 * Per-paragraph language decision for the content script. Script counts decide almost every
 * case; franc only judges long paragraphs that are mostly Latin with some Han.
 *
 * Decisions (each one has a test):
 * - Sticker codes ([笑哭R], [doge], [哈哈]), @mentions and URLs are removed before counting, so a
 *   comment made only of those is not Chinese: there is nothing to translate.
 * - Kana between Han or other kana (not in kaomoji like (つд⊂) or ヽ(・∀・)ノ) makes the text
 *   Japanese, however kanji-heavy: one hiragana particle or okurigana is enough ("岸田首相が辞任
 *   表明") unless the paragraph is twenty times more Han; katakana and "の" need two or more and a
 *   tenth of the CJK letters. So a lone cute "の" ("我の新包包") and a Japanese brand in a long
 *   Chinese paragraph stay Chinese. A short Chinese line quoting Japanese ("《君の名は》") does not.
 * - Hangul that makes up a third of the CJK letters makes the text Korean.
 * - Chinese mixed with Latin words is Chinese when it has at least as many Chinese words as
 *   Latin ones (a Chinese word averages 1.5 characters; a Latin word of any length, such as an
 *   identifier or a brand, counts once): "今天去了citywalk好开心" and "在 componentDidMount 中调用
 *   setState" are Chinese, "I love 火锅 so much" is not (its reader already gets the gist). A long
 *   paragraph lighter on Chinese is still Chinese unless franc says its Latin part is prose in a
 *   Western language (pinyin, names and brand lists are not).
 */
export type TextLanguage = 'zh' | 'ja' | 'ko' | 'other';

/** Below this Chinese share there is no Chinese worth translating, even in a long paragraph. */
const MIN_HAN_SHARE = 0.2;
/** Paragraphs at least this long (after cleaning) are long enough for franc to judge. */
const FRANC_MIN_LENGTH = 40;
/** Latin-script languages a reader may mix with a few Chinese words. */
const WESTERN_PROSE = new Set(['eng', 'fra', 'deu', 'spa', 'por', 'ita', 'nld']);

const HAN = /\p{Script=Han}/u;
const HAN_RUNS = /\p{Script=Han}+/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const KANA_OR_HANGUL = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Kana counted only next to Han or other kana: that is how Japanese words sit in a sentence,
 * while kaomoji put their kana next to brackets and symbols. Iteration marks (ゝゞヽヾ) are
 * left out, being far more common in kaomoji than in modern prose. The prolonged sound mark
 * and the middle dot (ー・) are Script=Common, so Chinese use of them never counts as kana.
 */
const KANA_CONTEXT = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]`;
function inWords(kana: string): RegExp {
  return new RegExp(`(?<=${KANA_CONTEXT})${kana}|${kana}(?=${KANA_CONTEXT})`, 'gu');
}
const HIRAGANA_IN_WORDS = inWords(String.raw`(?![ゝゞの])\p{Script=Hiragana}`);
const KATAKANA_IN_WORDS = inWords(String.raw`(?![ヽヾ])\p{Script=Katakana}`);
const NO_IN_WORDS = inWords('の');
/** Hangul likewise counted in words of two or more, not as a lone jamo in an emoticon. */
const HANGUL_IN_WORDS =
  /(?<=\p{Script=Hangul})\p{Script=Hangul}|\p{Script=Hangul}(?=\p{Script=Hangul})/gu;

/** XHS [笑哭R], Weibo [哈哈], [doge], app placeholders: square brackets, no spaces inside. */
const STICKER = /\[[^[\]\s]{1,24}\]/gu;
/** A mention runs to whitespace or punctuation (Weibo "回复@某人:", XHS "@某人 "). */
const MENTION = /@[^\s@:：,，.。!！?？、;；()（）[\]【】]{1,30}/gu;
const URL = /\b(?:https?:\/\/|www\.)\S+/giu;

interface ScriptCounts {
  han: number;
  /** Hiragana other than "の": particles and okurigana, the grammar of Japanese. */
  hiragana: number;
  katakana: number;
  no: number;
  hangul: number;
  /** Latin words, not letters: a long identifier carries no more meaning than a short word. */
  latinWords: number;
}

/** Removes what carries no language of its own: sticker codes, @mentions and links. */
export function stripNonLanguage(text: string): string {
  return text.replace(URL, ' ').replace(STICKER, ' ').replace(MENTION, ' ');
}

function countScripts(text: string): ScriptCounts {
  const hasKanaOrHangul = KANA_OR_HANGUL.test(text);
  return {
    han: count(text, HAN_ALL),
    hiragana: hasKanaOrHangul ? count(text, HIRAGANA_IN_WORDS) : 0,
    katakana: hasKanaOrHangul ? count(text, KATAKANA_IN_WORDS) : 0,
    no: hasKanaOrHangul ? count(text, NO_IN_WORDS) : 0,
    hangul: hasKanaOrHangul ? count(text, HANGUL_IN_WORDS) : 0,
    latinWords: count(text, LATIN_WORDS),
  };
}

function isJapanese({ han, hiragana, katakana, no }: ScriptCounts): boolean {
  const kana = hiragana + katakana + no;
  if (hiragana >= 1 && kana * 20 >= han) return true;
  return katakana + no >= 2 && kana * 10 >= han + kana;
}

function isKorean({ han, hangul }: ScriptCounts): boolean {
  return hangul >= 2 && hangul * 2 >= han;
}

/** For long Latin-heavy paragraphs: is the Latin part prose (English...) or just terms? */
function latinIsWesternProse(text: string): boolean {
  return WESTERN_PROSE.has(franc(text.replace(HAN_RUNS, ' ')));
}

export interface TextContext {
  /**
   * The page is predominantly Chinese: any Chinese word in a paragraph is worth translating
   * (a song title in pinyin with its characters, a brand line), since the reader cannot read it.
   */
  chinesePage?: boolean;
}

export function classifyText(text: string, context: TextContext = {}): TextLanguage {
  // The common case on a mixed page: no CJK at all, nothing else to look at.
  if (!CJK.test(text)) return 'other';
  const cleaned = stripNonLanguage(text);
  const counts = countScripts(cleaned);
  if (counts.han === 0) {
    if (counts.hiragana + counts.katakana + counts.no > 0) return 'ja';
    return counts.hangul > 0 ? 'ko' : 'other';
  }
  if (isJapanese(counts)) return 'ja';
  if (isKorean(counts)) return 'ko';
  if (context.chinesePage && counts.han >= 2) return 'zh';

  const chineseWords = counts.han / HAN_PER_WORD;
  const chineseShare = chineseWords / (chineseWords + counts.latinWords);
  if (chineseShare >= 0.5) return 'zh';
  if (chineseShare < MIN_HAN_SHARE || cleaned.trim().length < FRANC_MIN_LENGTH) return 'other';
  return latinIsWesternProse(cleaned) ? 'other' : 'zh';
}

/** Whether a paragraph should get a translation. */
export function isChineseText(text: string, context: TextContext = {}): boolean {
  return HAN.test(text) && classifyText(text, context) === 'zh';
}
