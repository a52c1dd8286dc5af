/**
 * Numbered pinyin as CC-CEDICT writes it ("zhong4 cao3", "lu:4") in tone marks ("zhòng cǎo",
 * "lǜ"), by the standard rule: the mark goes on a or e; on the o of "ou"; else on the last vowel.
 */
const MARKS: Record<string, string> = {
  a: 'āáǎà',
  e: 'ēéěè',
  i: 'īíǐì',
  o: 'ōóǒò',
  u: 'ūúǔù',
  ü: 'ǖǘǚǜ',
  A: 'ĀÁǍÀ',
  E: 'ĒÉĚÈ',
  O: 'ŌÓǑÒ',
};

function markSyllable(syllable: string): string {
  const match = /^([a-zü:]+)([1-5])$/i.exec(syllable);
  if (!match) return syllable;
  const letters = match[1]!.replace(/u:|v/g, 'ü').replace(/U:|V/g, 'Ü');
  const tone = Number(match[2]);
  if (tone === 5) return letters;
  const lower = letters.toLowerCase();
  let at = lower.search(/[ae]/);
  if (at < 0) at = lower.indexOf('ou');
  if (at < 0) {
    for (let i = lower.length - 1; i >= 0; i--) {
      if ('iouü'.includes(lower[i]!)) {
        at = i;
        break;
      }
    }
  }
  const vowel = letters[at];
  const marked = vowel ? MARKS[vowel]?.[tone - 1] : undefined;
  return marked ? letters.slice(0, at) + marked + letters.slice(at + 1) : letters;
}

/** "zhong4 cao3" -> "zhòngcǎo": syllables of a word are written together, as in dictionaries. */
export function pinyinWithMarks(numbered: string): string {
  return numbered.split(/\s+/).map(markSyllable).join('');
}
