import { HAN_ALL, HAN_PER_WORD, LATIN_WORDS, countMatches } from './script-counts';

/**
 * The page-level gate: one cheap look decides whether Ferry wakes up at all on this page.
 * It samples the page's text, counts Han against kana and Hangul, and never calls franc: an
 * English page must cost a tree walk over a few thousand characters and nothing more.
 */

export interface PageGateOptions {
  /** Stop sampling after this many characters of text. */
  maxChars?: number;
  /** Han characters needed to call a page Chinese. */
  minHan?: number;
}

export const DEFAULT_SAMPLE_CHARS = 4000;
export const DEFAULT_MIN_HAN = 10;

/** Kana above this share of Han means Japanese: even kanji-heavy Japanese news runs far above. */
const MAX_KANA_PER_HAN = 0.2;
/** With <html lang="ja|ko"> the page must show almost no kana or Hangul to count as Chinese. */
const MAX_KANA_PER_HAN_WHEN_DECLARED_OTHER = 0.05;
/**
 * Added text wakes the pipeline more easily than the page-level look does: a false wake-up only
 * costs per-paragraph detection, which still rejects Japanese; a missed one loses translations.
 */
const MAX_KANA_PER_HAN_WAKE_UP = 0.5;
/** A page that declares Chinese needs less proof (a short title, a feed still loading). */
const MIN_HAN_WHEN_DECLARED_CHINESE = 2;

const SKIPPED = 'script, style, noscript, template, textarea, svg, [hidden]';
/**
 * Any code unit in the CJK blocks (or a high surrogate of planes 2-3, where rare Han live);
 * lets a Latin-only text node skip the counting. No `u` flag: it matches code units.
 */
const MAYBE_CJK = /[\u2e80-\ud7ff\uf900-\ufaff\uff00-\uffef\ud840-\ud8bf]/;
const KANA_ALL = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL_ALL = /\p{Script=Hangul}/gu;

interface Tally {
  han: number;
  kana: number;
  hangul: number;
  latinWords: number;
}

/**
 * Chinese words per Latin word from which a page is Chinese as a whole. Chinese pages full of
 * pinyin, usernames or English brands sit around 0.3-1; an English article quoting a few
 * Chinese names sits near 0.05.
 */
const CHINESE_PAGE_RATIO = 0.25;

/**
 * - chinese: a Chinese page (Chinese words outnumber Latin ones): text with any Chinese word is
 *   worth translating, even a pinyin title with its characters beside it.
 * - partly-chinese: substantial Chinese on a page in another language: only paragraphs that are
 *   Chinese in their own right are translated.
 * - other: Ferry stays asleep.
 */
export type PageLanguage = 'chinese' | 'partly-chinese' | 'other';

function addText(tally: Tally, text: string): void {
  tally.latinWords += countMatches(text, LATIN_WORDS);
  if (!MAYBE_CJK.test(text)) return;
  tally.han += countMatches(text, HAN_ALL);
  tally.kana += countMatches(text, KANA_ALL);
  tally.hangul += countMatches(text, HANGUL_ALL);
}

function looksChinese(tally: Tally, minHan: number, maxKanaPerHan: number): boolean {
  if (tally.han < minHan) return false;
  return tally.kana <= tally.han * maxKanaPerHan && tally.hangul <= tally.han * maxKanaPerHan;
}

function declaredLanguage(doc: Document): string {
  // No root element yet: a frame being written with document.open(), read at document_start.
  return (doc.documentElement?.getAttribute('lang') ?? '').trim().toLowerCase();
}

/** Walks text nodes in document order, skipping code, hidden and non-text subtrees. */
function sampleText(doc: Document, tally: Tally, maxChars: number): void {
  const root = doc.body ?? doc.documentElement;
  // No filter callback: calling into script for every element of the page costs more than
  // looking up from the few dozen text nodes a sample takes.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let sampled = 0;
  for (let node = walker.nextNode(); node && sampled < maxChars; node = walker.nextNode()) {
    const text = (node as Text).data;
    if (text.trim() === '' || node.parentElement?.closest(SKIPPED)) continue;
    const slice = text.length > maxChars - sampled ? text.slice(0, maxChars - sampled) : text;
    sampled += slice.length;
    addText(tally, slice);
  }
}

/**
 * Whether the page has substantial Chinese: Han in the title and the first few thousand
 * characters of text, without the kana of a Japanese page or the Hangul of a Korean one.
 * `<html lang>` only shifts the bar; many sites ship a template's lang="en".
 */
export function readPageLanguage(doc: Document, options: PageGateOptions = {}): PageLanguage {
  const maxChars = options.maxChars ?? DEFAULT_SAMPLE_CHARS;
  const lang = declaredLanguage(doc);
  const declaredChinese = lang === 'zh' || lang.startsWith('zh-');
  const declaredOther = /^(ja|ko)(-|$)/.test(lang);
  const minHan = Math.min(
    options.minHan ?? DEFAULT_MIN_HAN,
    declaredChinese ? MIN_HAN_WHEN_DECLARED_CHINESE : Number.POSITIVE_INFINITY,
  );
  const maxKanaPerHan = declaredOther ? MAX_KANA_PER_HAN_WHEN_DECLARED_OTHER : MAX_KANA_PER_HAN;

  const tally: Tally = { han: 0, kana: 0, hangul: 0, latinWords: 0 };
  addText(tally, doc.title);
  sampleText(doc, tally, maxChars);
  if (!looksChinese(tally, minHan, maxKanaPerHan)) return 'other';
  const chineseWords = tally.han / HAN_PER_WORD;
  return chineseWords >= tally.latinWords * CHINESE_PAGE_RATIO ? 'chinese' : 'partly-chinese';
}

/**
 * The look before the body is parsed: the page declares Chinese (<html lang="zh…">), or its
 * title is Chinese (a few Han, no kana or Hangul) and it declares nothing else. It only lets
 * the pipeline load sooner: the pipeline looks at the whole page again before translating.
 */
export function headLooksChinese(doc: Document): boolean {
  const lang = declaredLanguage(doc);
  if (lang === 'zh' || lang.startsWith('zh-')) return true;
  if (lang !== '' && !lang.startsWith('en') && !lang.startsWith('und')) return false;
  const tally: Tally = { han: 0, kana: 0, hangul: 0, latinWords: 0 };
  addText(tally, doc.title);
  return looksChinese(tally, MIN_HAN_WHEN_DECLARED_CHINESE, 0);
}

export function pageLooksChinese(doc: Document, options: PageGateOptions = {}): boolean {
  return readPageLanguage(doc, options) !== 'other';
}

/**
 * The wake-up check for text added after the gate said no (a feed loading Chinese later):
 * any Han that is not drowned in kana or Hangul.
 */
export function textHasChinese(text: string): boolean {
  // Runs on everything an English page adds: most text leaves here, with nothing counted.
  if (!MAYBE_CJK.test(text)) return false;
  const tally: Tally = { han: 0, kana: 0, hangul: 0, latinWords: 0 };
  addText(tally, text);
  return looksChinese(tally, 1, MAX_KANA_PER_HAN_WAKE_UP);
}
