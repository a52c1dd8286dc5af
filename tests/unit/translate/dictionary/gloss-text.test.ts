import { describe, expect, it } from 'vitest';
import { glossText, segment } from '../../../../utils/translate/dictionary/gloss-text';
import { pinyinWithMarks } from '../../../../utils/translate/dictionary/pinyin-marks';
import { parseWordList } from '../../../../utils/translate/dictionary/word-list';
import { createDictionary } from '../../../../utils/translate/providers/dictionary';

/** A few lines in the packed format (scripts/pack-dictionary.ts). */
const WORDS = parseWordList(
  [
    '今天\t\tjin1 tian1\ttoday',
    '天气\t天氣\ttian1 qi4\tweather',
    '天\t\ttian1\tday',
    '气\t氣\tqi4\tgas',
    '很\t\then3\tvery',
    '好\t\thao3\tgood',
    '种草\t種草\tzhong4 cao3\tto spark interest in a product',
    '绿\t綠\tlu:4\tgreen',
    '了\t\tle5\t(completed action marker)',
  ].join('\n'),
);

describe('the offline dictionary', () => {
  it('writes pinyin with tone marks, by the standard placement rule', () => {
    expect(pinyinWithMarks('zhong4 cao3')).toBe('zhòngcǎo');
    expect(pinyinWithMarks('lu:4')).toBe('lǜ');
    expect(pinyinWithMarks('gou3')).toBe('gǒu');
    expect(pinyinWithMarks('hui4')).toBe('huì');
    expect(pinyinWithMarks('le5')).toBe('le');
    expect(pinyinWithMarks('Bei3 jing1')).toBe('Běijīng');
  });

  it('segments by the longest word it knows, in either script', () => {
    const words = segment('今天天气很好', WORDS).map((t) => ('word' in t ? t.word : t.other));
    expect(words).toEqual(['今天', '天气', '很', '好']);
    expect(segment('天氣', WORDS).map((t) => ('word' in t ? t.word : ''))).toEqual(['天氣']);
  });

  it('glosses word by word with pinyin, keeping punctuation, Latin text and unknown characters', () => {
    expect(glossText('今天天气很好！', WORDS)).toBe('today (jīntiān) · weather (tiānqì) · very (hěn) · good (hǎo)!');
    expect(glossText('已种草 iPhone', WORDS)).toBe('已 · to spark interest in a product (zhòngcǎo) iPhone');
  });

  it('translates through the provider interface, reading the word list once, Chinese to English only', async () => {
    let loads = 0;
    const provider = createDictionary(async () => {
      loads += 1;
      return '很\t\then3\tvery\n好\t\thao3\tgood\n';
    });
    const translator = provider.create({ endpoint: '', apiKey: '', model: '' });
    const signal = new AbortController().signal;
    await expect(translator.translate(['很好', '好'], 'auto', 'en', signal)).resolves.toEqual([
      'very (hěn) · good (hǎo)',
      'good (hǎo)',
    ]);
    await translator.translate(['好'], 'auto', 'en', signal);
    expect(loads).toBe(1);
    expect(provider.supports('auto', 'en')).toBe(true);
    expect(provider.supports('en', 'zh-Hans')).toBe(false);
    expect(provider.supports('auto', 'fr')).toBe(false);
  });

  it('fails as a transient error when its word list cannot be read, and tries again next time', async () => {
    let attempt = 0;
    const provider = createDictionary(async () => {
      attempt += 1;
      if (attempt === 1) throw new Error('missing file');
      return '好\t\thao3\tgood\n';
    });
    const translator = provider.create({ endpoint: '', apiKey: '', model: '' });
    const signal = new AbortController().signal;
    await expect(translator.translate(['好'], 'auto', 'en', signal)).rejects.toMatchObject({ kind: 'transient' });
    await expect(translator.translate(['好'], 'auto', 'en', signal)).resolves.toEqual(['good (hǎo)']);
  });
});
