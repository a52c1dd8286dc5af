import { describe, expect, it } from 'vitest';
import { e2eBrowsers } from './support/browser';
import { ferryCounts, scrollThrough, waitForSettled, waitForTranslations } from './support/ferry-dom';
import { useFerrySession } from './support/session';

// Mostly kanji, but the kana make it Japanese: the trap a Han-only check falls into.
const KANJI_HEAVY = `<!doctype html><html lang="ja"><meta charset="utf-8"><title>図書館開館</title><body>
<h1>東京都渋谷区に新図書館が開館</h1>
<p>東京都渋谷区は十五日、区立中央図書館を全面改装し、新たに開館したと発表した。蔵書数は約三十万冊。</p>
<p>館内には学習室や多目的室も設置され、区民は無料で利用できる。開館時間は午前九時から午後八時まで。</p>
<p>区長は記者会見で「地域の知の拠点として、多くの方に利用してほしい」と述べた。</p>
</body></html>`;

describe.each(e2eBrowsers())('a Japanese page in %s', (name) => {
  const session = useFerrySession(name);

  it('is left alone, while a Chinese page in the same browser is translated', async () => {
    // The control: Ferry is alive and working in this browser.
    const chinese = await session.open('/fixtures/retry-zh/page.html');
    await waitForTranslations(chinese, 4);
    await chinese.close();
    const requestsBefore = session.requestCount();

    const kanjiUrl = session.server.route('/ja/kanji-heavy.html', KANJI_HEAVY);
    for (const url of [session.server.url('/fixtures/ja-readability-hukumusume/page.html'), kanjiUrl]) {
      const page = await session.browser.openPage(url);
      try {
        await waitForSettled(page, { quietMs: 1_500 });
        await scrollThrough(page);
        await waitForSettled(page, { quietMs: 500 });
        expect(await ferryCounts(page), url).toMatchObject({ units: 0, translations: 0 });
      } finally {
        await page.close();
      }
    }
    expect(session.requestCount()).toBe(requestsBefore);
  });
});
