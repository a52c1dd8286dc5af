import { stripNonLanguage } from './classify-text';

/**
 * Chinese internet slang written as Latin initials of Chinese words: a comment made only of
 * "yyds" is Chinese to its writer and opaque to an English reader, though it has no Han at all.
 * Only recognised inside content a site adapter names (a comment), never in free page text.
 */
const SLANG = new Set([
  'yyds', // 永远的神: the GOAT
  'xswl', // 笑死我了: LMAO
  'awsl', // 啊我死了: I'm dead (too cute)
  'u1s1', // 有一说一: to be honest
  'dbq', // 对不起: sorry
  'zqsg', // 真情实感: sincerely
  'bdjw', // 不懂就问: honest question
  'nsdd', // 你说得对: you're right
  'xjj', // 小姐姐: young lady
  'yygq', // 阴阳怪气: passive-aggressive
  'srds', // 虽然但是: that said
  'kdl', // 磕到了: I ship it
  'ssfd', // 瑟瑟发抖: trembling
  'dddd', // 懂的都懂: if you know you know
  'xdm', // 兄弟们: bros
  'jms', // 姐妹们: sisters
  'bhys', // 不好意思: excuse me
  'gkd', // 搞快点: hurry up
  'tql', // 太强了: so good
  'plmm', // 漂亮妹妹: pretty girl
  'nbcs', // nobody cares
  'cpdd', // 处CP等等: looking for a partner
]);

const WORD = /[a-z0-9]+/gi;

/** True when the text is nothing but such slang (and punctuation, stickers, mentions). */
export function isLatinSlang(text: string): boolean {
  const rest = stripNonLanguage(text);
  const words = rest.match(WORD) ?? [];
  if (words.length === 0) return false;
  // Anything else in it (letters of a real sentence) makes it another language's text.
  if (/\p{L}/u.test(rest.replace(WORD, ''))) return false;
  return words.every((word) => SLANG.has(word.toLowerCase()));
}
