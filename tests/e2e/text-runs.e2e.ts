import { describe, expect, it } from 'vitest';
import { e2eBrowsers, type PageLike } from './support/browser';
import { collectUnits, squash, translationMatchesUnit, waitForSettled, type UnitInfo } from './support/ferry-dom';
import { expectInitialBody, ferryTraces, turnOffInPopup } from './support/expectations';
import { useFerrySession, type FerrySession } from './support/session';

const PAGE = '/fixtures/text-runs/page.html';
const DYNAMIC = '/fixtures/dynamic/text-runs/page.html';

/** The paragraphs of the fixture's article and forum floor: bare text between `<br>`s and empty divs. */
const RUNS = [
  '今天上午九点，停运了三个月的渡口码头重新开放，第一班渡船准时离岸，码头上挤满了赶来坐船的居民。',
  '据码头管理处介绍，这次维修更换了全部的浮桥木板，还在候船区加装了遮雨棚和座椅，方便老人和带孩子的乘客休息。',
  '不少居民表示，渡口停运期间只能绕行大桥，上班路上要多花四十分钟，现在总算可以直接过河了。',
  '管理处提醒，雨天浮桥湿滑，乘客上下船时请扶好栏杆，不要拥挤，儿童须由家长陪同。',
  '下一步，码头还将开通夜间班次，具体时间表将在下周公布，欢迎市民留意管理处的通知。',
  '三楼：周末带孩子去坐了一次，船开得很稳，孩子特别开心。',
  '只是排队的人有点多，建议早点去，上午十点以前人比较少。',
  '另外候船区的座椅很干净，给管理处点个赞。',
  '下次想试试傍晚那一班，听说能看到江上的日落。',
  '有一起去的朋友吗？可以约个时间。',
];
const LINKS = ['渡口码头今日重新开放', '老街面馆换了新老板', '河堤将种上一排柳树', '本地新闻', '交通出行', '美食'];
const BUTTONS = ['发表评论', '查看更多'];

/** The one unit whose own text is `text`, translated into its own translation. */
function expectOwnTranslation(session: FerrySession, units: UnitInfo[], text: string, tag: string): UnitInfo {
  const matching = units.filter((unit) => squash(unit.text) === squash(text));
  expect(matching.map((unit) => unit.tag), text).toEqual([tag]);
  const unit = matching[0]!;
  expect(unit.state, text).toBe('done');
  expect(unit.contractProblems, text).toEqual([]);
  expect(unit.ancestors, text).toEqual([]);
  expect(translationMatchesUnit(unit, (t) => session.translator.expected(t)), text).toBe(true);
  return unit;
}

/** Each `<ferry-run>`'s translation sits under its own text: below it, and above the next run. */
async function runsOutOfPlace(page: PageLike): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('ferry-run')].flatMap((run) => {
      const translation = run.lastElementChild;
      if (translation?.localName !== 'ferry-translation') return [`no translation: ${run.textContent}`];
      const range = document.createRange();
      range.setStartBefore(run.firstChild!);
      range.setEndBefore(translation);
      const text = range.getBoundingClientRect();
      const shown = translation.getBoundingClientRect();
      return shown.top + 1 >= text.bottom && shown.height > 0 ? [] : [`not under its run: ${run.textContent?.slice(0, 20)}`];
    }),
  );
}

describe.each(e2eBrowsers())('text without an element of its own in %s', (name) => {
  const session = useFerrySession(name);

  it('translates each run between <br>s under itself, each headline link and input button on its own', async () => {
    const page = await session.open(PAGE, { snapshotInitialBody: true });
    try {
      const counts = await waitForSettled(page, { minDone: RUNS.length + LINKS.length + BUTTONS.length });
      expect(counts.error).toBe(0);
      const units = await collectUnits(page);
      for (const text of RUNS) expectOwnTranslation(session, units, text, 'ferry-run');
      for (const text of LINKS) expectOwnTranslation(session, units, text, 'a');
      for (const text of BUTTONS) expectOwnTranslation(session, units, text, 'input');
      expectOwnTranslation(session, units, '图：重新开放的渡口码头（记者 摄）', 'p');
      // Nothing coarse: no unit holds two of the page's paragraphs or headlines.
      expect(units.map((unit) => unit.tag).filter((tag) => !['ferry-run', 'a', 'input', 'p'].includes(tag))).toEqual([]);
      expect(await runsOutOfPlace(page)).toEqual([]);
      // The text field beside the buttons is the user's: untouched.
      expect(await page.evaluate(() => document.querySelector('input[type=text]')!.attributes.length)).toBe(2);

      await turnOffInPopup(session.browser, page);
      expect(await ferryTraces(page)).toBe(0);
      await expectInitialBody(page);
    } finally {
      await page.close();
    }
  });

  it('keeps the page’s own scripts working on the nodes it wrapped or left alone', async () => {
    const page = await session.open(DYNAMIC);
    try {
      await waitForSettled(page, { minDone: 4 });
      expect(await page.count('#static > ferry-run')).toBe(3);
      // A framework's nodes are not moved into wrappers: the post is translated whole.
      expect(await page.count('#framework ferry-run')).toBe(0);
      expect(await page.evaluate(() => document.querySelector('#framework')!.hasAttribute('data-ferry-id'))).toBe(true);

      // A text node inside a run is patched in place: its run is translated again.
      await page.click('#edit-text');
      await page.waitForFunction(() => {
        const run = document.querySelector('#static > ferry-run');
        return !!run && run.textContent!.includes('十点') && run.lastElementChild?.getAttribute('data-state') === 'done';
      });
      // The framework inserts before, and updates, the nodes it holds.
      await page.click('#framework-update');
      // The page replaces the post's HTML: its new runs are found and wrapped.
      await page.click('#rewrite');
      await page.waitForFunction(() => document.querySelectorAll('#static > ferry-run').length === 3);
      const counts = await waitForSettled(page, { minDone: 3 });
      expect(counts.error).toBe(0);

      expect(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([]);
      const units = await collectUnits(page);
      expectOwnTranslation(session, units, '管理处提醒，夜间乘船请注意保暖，浮桥上已经加装了照明灯，但仍请大家慢行，注意安全。', 'ferry-run');
      const framework = await page.evaluate(() => document.querySelector('#framework')!.getAttribute('data-ferry-id'));
      const post = units.find((unit) => unit.id === framework)!;
      expect(post.text).toContain('（置顶）');
      expect(post.text).toContain('下次还会再来');
      expect(post.state).toBe('done');
      expect(translationMatchesUnit(post, (t) => session.translator.expected(t))).toBe(true);
      expect(await runsOutOfPlace(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
