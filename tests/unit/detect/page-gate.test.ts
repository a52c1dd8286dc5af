// @vitest-environment happy-dom
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageLooksChinese, readPageLanguage, textHasChinese } from '../../../utils/detect/page-gate';
import { parseOffline } from './parse-offline';

async function gate(html: string, options?: Parameters<typeof pageLooksChinese>[1]) {
  const { document, close } = parseOffline(html);
  try {
    return pageLooksChinese(document, options);
  } finally {
    await close();
  }
}

const ENGLISH_PARAGRAPHS = Array.from(
  { length: 12 },
  (_, i) => `<p>Paragraph ${i}: the quick brown fox jumps over the lazy dog, again and again.</p>`,
).join('');

function page(body: string, { lang = 'en', title = 'A page' } = {}): string {
  return `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body>${body}</body></html>`;
}

describe('pageLooksChinese', () => {
  it('says no to an English page', async () => {
    expect(await gate(page(ENGLISH_PARAGRAPHS))).toBe(false);
  });

  it('says yes to an English page with two Chinese paragraphs', async () => {
    const body = `${ENGLISH_PARAGRAPHS}<p>今天天气很好，我们去公园散步吧。</p><p>这家店的咖啡真的很好喝。</p>`;
    expect(await gate(page(body))).toBe(true);
  });

  it('says yes to a Chinese page stored as numeric entities once it is parsed', async () => {
    const body = '<p>&#20170;&#22825;&#22825;&#27668;&#24456;&#22909;&#65292;&#25105;&#20204;&#21435;&#20844;&#22253;</p>';
    expect(await gate(page(body))).toBe(true);
  });

  it('ignores Chinese hidden in scripts, styles, noscript, templates and hidden elements', async () => {
    const hidden = '中文内容中文内容中文内容中文内容';
    const body = `${ENGLISH_PARAGRAPHS}
      <script>var s = "${hidden}";</script>
      <style>/* ${hidden} */</style>
      <noscript>${hidden}</noscript>
      <template><p>${hidden}</p></template>
      <div hidden><p>${hidden}</p></div>`;
    expect(await gate(page(body))).toBe(false);
  });

  it('counts Chinese in the document title', async () => {
    expect(await gate(page(ENGLISH_PARAGRAPHS, { title: '小红书 - 你的生活指南，标记我的生活' }))).toBe(
      true,
    );
  });

  it('says no to a kanji-heavy Japanese page because of its kana', async () => {
    const body = '<h1>東京都知事選挙の投開票が行われ、現職が三選を果たした</h1><p>投票率は前回を上回った。</p>';
    expect(await gate(page(body, { lang: 'en' }))).toBe(false);
  });

  it('says no to a Korean page with some hanja', async () => {
    const body = '<p>문재인 대통령 訪美 오늘 날씨가 정말 좋네요 한국어 문장입니다 大韓民國</p>';
    expect(await gate(page(body))).toBe(false);
  });

  it('needs fewer Han characters when the page declares itself Chinese', async () => {
    const body = '<div id="app"><span>登录</span></div>';
    expect(await gate(page(body, { lang: 'zh-CN' }))).toBe(true);
    expect(await gate(page(body, { lang: 'en' }))).toBe(false);
  });

  it('stops sampling after the character budget', async () => {
    const body = `${ENGLISH_PARAGRAPHS}<p>今天天气很好，我们去公园散步吧。这家店的咖啡真的很好喝。</p>`;
    expect(await gate(page(body), { maxChars: 200 })).toBe(false);
    expect(await gate(page(body), { maxChars: 4000 })).toBe(true);
  });

  it('honours a custom minimum of Han characters', async () => {
    const body = `${ENGLISH_PARAGRAPHS}<p>你好世界</p>`;
    expect(await gate(page(body))).toBe(false);
    expect(await gate(page(body), { minHan: 4 })).toBe(true);
  });
});

describe('readPageLanguage', () => {
  async function language(html: string) {
    const { document, close } = parseOffline(html);
    try {
      return readPageLanguage(document);
    } finally {
      await close();
    }
  }

  it('calls a page Chinese when Chinese carries it, even with pinyin and usernames around', async () => {
    const lines = Array.from({ length: 10 }, (_, i) => `<p>Ming Yue Ji Shi You ${i} 明月几时有</p>`).join('');
    expect(await language(page(lines))).toBe('chinese');
  });

  it('calls an English article quoting a few Chinese names partly Chinese', async () => {
    const body = `${ENGLISH_PARAGRAPHS}${ENGLISH_PARAGRAPHS}<p>Xi Jinping (习近平) met Li Qiang (李强) and Wang Yi (王毅) in Beijing (北京) and Shanghai (上海).</p>`;
    expect(await language(page(body))).toBe('partly-chinese');
  });

  it('calls an English page other', async () => {
    expect(await language(page(ENGLISH_PARAGRAPHS))).toBe('other');
  });
});

describe('textHasChinese', () => {
  it('wakes up on Chinese, even a two-character comment', () => {
    expect(['新评论', '好的', '這是繁體', '今天去了citywalk'].map(textHasChinese)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('stays asleep for English, Japanese, Korean and empty text', () => {
    const texts = ['hello world', 'これは日本語の文章です', '오늘 날씨가 정말 좋네요', '', '😂'];
    expect(texts.map(textHasChinese)).toEqual([false, false, false, false, false]);
  });
});

/**
 * Saved real pages from ../shared/fixtures (mixed licences: read in place, never copied).
 * A folder named ja-* is Japanese; every other one is Chinese.
 */
const PAGES = path.resolve(__dirname, '../../../../shared/fixtures/pages');

if (existsSync(PAGES)) {
  const cases = readdirSync(PAGES)
    .map((name) => {
      const file = ['page.html', 'source.html']
        .map((candidate) => path.join(PAGES, name, candidate))
        .find((candidate) => existsSync(candidate));
      return { name, file };
    })
    .filter((entry): entry is { name: string; file: string } => entry.file !== undefined);

  describe('saved real pages', () => {
    it('include both Chinese and Japanese pages', () => {
      expect(cases.some(({ name }) => name.startsWith('ja-'))).toBe(true);
      expect(cases.some(({ name }) => !name.startsWith('ja-'))).toBe(true);
    });

    for (const { name, file } of cases) {
      const japanese = name.startsWith('ja-');
      // Parsing a 250 kB page in happy-dom takes most of a second, more on a busy machine.
      it(`${japanese ? 'says no to' : 'says yes to'} ${name}`, { timeout: 30_000 }, async () => {
        expect(await gate(readFileSync(file, 'utf8'))).toBe(!japanese);
      });
    }
  });
}
