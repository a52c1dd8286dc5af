import { describe, expect, it } from 'vitest';
import { TranslationMemo } from '../../../utils/page/translation-memo';

describe('TranslationMemo', () => {
  it('keeps the most recently used translations up to its size', () => {
    const memo = new TranslationMemo(2);
    memo.set('一', 'one');
    memo.set('二', 'two');
    expect(memo.get('一')).toBe('one'); // now the most recent
    memo.set('三', 'three');
    expect(memo.get('二')).toBeUndefined();
    expect(memo.get('一')).toBe('one');
    expect(memo.get('三')).toBe('three');
    memo.clear();
    expect(memo.get('一')).toBeUndefined();
  });
});
