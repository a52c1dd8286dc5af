import { describe, expect, it } from 'vitest';
import { isLatinSlang } from '../../../utils/detect/latin-slang';

describe('isLatinSlang', () => {
  it('recognises comments made of Chinese slang in Latin initials', () => {
    for (const text of ['yyds', 'YYDS!!', 'xswl xswl', 'awsl[哭惹R]', '@小红薯 u1s1', 'yyds～']) {
      expect(isLatinSlang(text), text).toBe(true);
    }
  });

  it('leaves English, other words and empty text alone', () => {
    for (const text of ['so cute', 'yyds is the word', 'hello', 'OK', '', '123', '[doge]']) {
      expect(isLatinSlang(text), text).toBe(false);
    }
  });
});
