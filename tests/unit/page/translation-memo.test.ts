import { describe, expect, it } from 'vitest';
import { TranslationMemo } from '../../../utils/page/translation-memo';

describe('TranslationMemo', () => {
  it('keeps the most recently used translations up to its size', () => {
    const memo = new TranslationMemo(2);
    memo.set('一', { text: 'one' });
    memo.set('二', { text: 'two' });
    expect(memo.get('一')).toEqual({ text: 'one' }); // now the most recent
    memo.set('三', { text: 'three', provider: 'dictionary' });
    expect(memo.get('二')).toBeUndefined();
    expect(memo.get('一')).toEqual({ text: 'one' });
    expect(memo.get('三')).toEqual({ text: 'three', provider: 'dictionary' });
    memo.clear();
    expect(memo.get('一')).toBeUndefined();
  });
});
