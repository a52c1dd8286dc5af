/** Counting rules shared by the page gate and the paragraph classifier. */

/** Average characters per Chinese word, to weigh Han against Latin words. */
export const HAN_PER_WORD = 1.5;

/** Latin words, not letters: a long identifier carries no more meaning than a short word. */
export const LATIN_WORDS = /\p{Script=Latin}+/gu;

export const HAN_ALL = /\p{Script=Han}/gu;

export function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
