/**
 * A translator's answer that is not a translation fails its text (so it is retried or passed to
 * the next translator) and is never cached: an empty answer; the Chinese sent back unchanged
 * (Google does that for text it cannot place); an answer into a Latin-script language with no
 * Latin letters at all (still Chinese: another script of it, or the source echoed with
 * punctuation changed). An answer that translates some of it and keeps a name in characters
 * passes: that is a translation.
 */
const HAN = /\p{Script=Han}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
/** Targets written in the Latin alphabet; for the others (ja, ko, ru, zh) only the first two checks apply. */
const LATIN_TARGETS = new Set(['en', 'es', 'fr', 'de', 'pt', 'it', 'id', 'vi', 'nl', 'pl', 'tr']);

const squash = (text: string) => text.replace(/[\s\p{P}]+/gu, '');

/** Why `translated` is not a translation of `source` into `to`, or undefined when it is one. */
export function notATranslation(source: string, translated: string, to: string): string | undefined {
  if (source.trim() === '') return undefined;
  if (translated.trim() === '') return 'an empty translation';
  if (!HAN.test(source)) return undefined;
  if (squash(translated) === squash(source)) return 'the text back untranslated';
  const language = to.toLowerCase().split('-')[0]!;
  if (LATIN_TARGETS.has(language) && !LATIN_LETTER.test(translated)) return 'the text still in Chinese';
  return undefined;
}
