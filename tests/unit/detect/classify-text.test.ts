import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { franc } from 'franc-min';
import { describe, expect, it, vi } from 'vitest';
import { classifyText, isChineseText, stripNonLanguage } from '../../../utils/detect/classify-text';
import type { TextLanguage } from '../../../utils/detect/classify-text';

// franc stays real; the spy only tells which paths reach it.
vi.mock('franc-min', async (importOriginal) => {
  const actual = await importOriginal<typeof import('franc-min')>();
  return { ...actual, franc: vi.fn(actual.franc) };
});

function expectAll(texts: string[], language: TextLanguage): void {
  const wrong = texts.filter((text) => classifyText(text) !== language);
  expect(wrong, `not classified as ${language}`).toEqual([]);
}

describe('classifyText', () => {
  it('treats short comments and laughter as Chinese', () => {
    expectAll(['哈哈哈哈', '好的', '赞', '对', '4喔', '嗯。', '求链接！', '太好看了吧'], 'zh');
  });

  it('treats internet slang written with Latin letters as Chinese', () => {
    expectAll(['yyds 绝绝子', '这个真的yyds', 'OMG 太好看了吧', 'nb 了兄弟'], 'zh');
  });

  it('treats Traditional Chinese as Chinese', () => {
    expectAll(['這家餐廳的牛肉麵真的好吃', '謝謝大家的支持', '颱風來了，記得關好門窗'], 'zh');
  });

  it('treats Chinese with Latin words or identifiers as Chinese', () => {
    expectAll(
      [
        '今天去了citywalk好开心',
        '在 componentDidMount 中调用 setState',
        '使用 Vue3 + TypeScript + Vite 搭建项目',
        '新买的iPhone真的好用',
        '超级喜欢 this song',
      ],
      'zh',
    );
  });

  it('does not treat English with a Chinese word or two as Chinese: its reader has the gist', () => {
    expectAll(['I love 火锅 so much', 'Check out my new video 新视频', 'live图'], 'other');
  });

  it('asks franc about a long Latin-heavy paragraph and keeps it when the Latin is English prose', () => {
    expectAll(
      [
        'My favourite dish in Chengdu is 宫保鸡丁, and I order it every single time I go there',
        'Ce soir nous allons manger une fondue chinoise 火锅 avec toute la famille',
      ],
      'other',
    );
  });

  it('treats a long line of pinyin with its characters as Chinese: pinyin is not prose', () => {
    expectAll(['Yue liang dai biao wo de xin, ni wen wo ai ni you duo shen 月亮代表我的心'], 'zh');
  });

  it('treats Japanese with kana as Japanese, even when it is mostly kanji', () => {
    expectAll(
      [
        '岸田首相が辞任表明',
        '東京都知事選、現職が三選',
        '日本の首相の発言',
        'これは日本語の文章です',
        '東京都知事選挙の投開票が行われ、現職が三選を果たした。投票率は前回を上回った。',
      ],
      'ja',
    );
  });

  it('treats kana without any Han as Japanese', () => {
    expectAll(['ありがとう', 'コーヒー'], 'ja');
  });

  it('keeps Chinese that uses a lone cute の as Chinese', () => {
    expectAll(['我の新包包到啦', '今日の穿搭'], 'zh');
  });

  it('ignores kana inside kaomoji', () => {
    expectAll(['哈哈哈ヽ(・∀・)ノ', '(つд⊂)呜呜呜', '好累啊_(:з」∠)_', '无语┐(ﾟ～ﾟ)┌'], 'zh');
  });

  it('does not count the prolonged sound mark and middle dot that Chinese also uses as kana', () => {
    expectAll(['卡布奇诺・拿铁ー好喝', '哈利・波特', '好耶ーー'], 'zh');
  });

  it('treats Han with katakana words as Japanese', () => {
    expectAll(['東京タワー見学', 'ソニー新製品発表'], 'ja');
  });

  it('keeps a long Chinese paragraph with one Japanese word Chinese', () => {
    expectAll(
      [
        '这次去日本买了好多ポケモン的周边，皮卡丘的玩偶特别可爱，还有一些限定款的卡牌，朋友们都说我疯了，不过真的很开心，下次还想再去一次东京的旗舰店看看',
      ],
      'zh',
    );
  });

  it('treats Hangul as Korean, also with a few hanja', () => {
    expectAll(['오늘 날씨가 정말 좋네요', '문재인 대통령 訪美', 'ㅋㅋㅋㅋ'], 'ko');
  });

  it('keeps Chinese with a Korean word Chinese', () => {
    expectAll(['今天吃了韩国炸鸡 치킨 好吃', '可爱(๑•̀ㅂ•́)و✧'], 'zh');
  });

  it('does not treat sticker codes or mentions alone as Chinese', () => {
    expectAll(
      ['[笑哭R]', '[笑哭R][害羞R]', '[doge]', '[哈哈][泪]', '@小红薯', '@张三 @李四', '@某某 [害羞R]'],
      'other',
    );
  });

  it('still finds the Chinese next to stickers and mentions', () => {
    expectAll(['@小明 说得对[笑哭R]', '回复@小明:哈哈哈', '[doge]好吧', '蹲[害羞R]'], 'zh');
  });

  it('does not treat a link with Chinese in its path as Chinese', () => {
    expectAll(['https://zh.wikipedia.org/wiki/中国', 'see www.example.com/中文/页面'], 'other');
  });

  it('does not treat Latin-only slang as Chinese: without Han there is nothing to translate', () => {
    expectAll(['YYDS！', 'xswl', 'awsl'], 'other');
  });

  it('treats text without letters as not Chinese', () => {
    expectAll(['', '   ', '😂😂😂', '💡', '123 456', '!!!'], 'other');
  });

  it('treats English as other without asking franc', () => {
    vi.mocked(franc).mockClear();
    expectAll(
      ['Hello world', 'A long English paragraph that is well over forty characters long.'],
      'other',
    );
    expect(franc).not.toHaveBeenCalled();
  });

  it('decides short and clearly Chinese texts without franc', () => {
    vi.mocked(franc).mockClear();
    classifyText('I love 火锅 so much');
    classifyText('这是一段很长的中文段落，里面有一些English单词，但是中文占了绝大多数的内容，所以不需要再问。');
    expect(franc).not.toHaveBeenCalled();
  });
});

describe('isChineseText', () => {
  it('says yes exactly when classifyText says zh', () => {
    const samples = ['哈哈哈哈', '這是繁體', 'これは日本語です', '오늘 날씨', 'hello', '[doge]'];
    expect(samples.map((text) => isChineseText(text))).toEqual([true, true, false, false, false, false]);
  });

  it('on a Chinese page, translates a mostly-Latin line that carries a Chinese word', () => {
    const title = 'Li You - Lin Kah Jun (理由 - 凌加峻)';
    expect(isChineseText(title)).toBe(false);
    expect(isChineseText(title, { chinesePage: true })).toBe(true);
  });

  it('on a Chinese page, still leaves Japanese and lines with a single Han character alone', () => {
    expect(isChineseText('東京の天気は晴れです', { chinesePage: true })).toBe(false);
    expect(isChineseText('Download the 新 app for iOS and Android now', { chinesePage: true })).toBe(false);
  });
});

describe('stripNonLanguage', () => {
  it('removes sticker codes, mentions and links but keeps the words around them', () => {
    const stripped = stripNonLanguage('@小明 看这个[笑哭R] https://example.com/a 好看');
    expect(stripped).not.toMatch(/小明|笑哭|example/);
    expect(stripped).toMatch(/看这个/);
    expect(stripped).toMatch(/好看/);
  });
});

/**
 * Real labelled short texts from ../shared/fixtures (mixed licences, so read in place and never
 * copied here). The file is absent outside the team's machines; the cases above still hold.
 */
const CORPUS = path.resolve(__dirname, '../../../../shared/fixtures/short-texts.txt');
const EXPECTED_BY_LABEL: Record<string, TextLanguage> = {
  'zh-Hans': 'zh',
  'zh+latin': 'zh',
  'zh-Hant': 'zh',
  ja: 'ja',
  // Decided: nothing to translate once stickers, mentions and emoji are set aside.
  'zh-sticker/mention-only': 'other',
  'emoji-only': 'other',
};

if (existsSync(CORPUS)) {
  const samples = readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [label = '', source = '', text = ''] = line.split('\t');
      return { label, source, text: text.replaceAll('\\n', '\n') };
    });

  describe('short-texts corpus', () => {
    it('has an expectation for every label it uses, and texts for the Chinese and Japanese ones', () => {
      const labels = new Set(samples.map((sample) => sample.label));
      expect([...labels].filter((label) => !(label in EXPECTED_BY_LABEL))).toEqual([]);
      for (const label of ['zh-Hans', 'zh+latin', 'zh-Hant', 'ja']) expect(labels).toContain(label);
    });

    for (const [label, expected] of Object.entries(EXPECTED_BY_LABEL)) {
      const verdict = expected === 'zh' ? 'Chinese' : `${expected}, not Chinese`;
      it(`classifies every ${label} line as ${verdict}`, () => {
        const wrong = samples
          .filter((sample) => sample.label === label)
          .filter((sample) => classifyText(sample.text) !== expected)
          .map((sample) => `${sample.source}: ${sample.text} -> ${classifyText(sample.text)}`);
        expect(wrong).toEqual([]);
      });
    }
  });
}
