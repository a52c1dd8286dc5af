// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isLatinSlang } from '../../../utils/detect/latin-slang';
import { createDisplayOf } from '../../../utils/extract/block-owner';
import { findGlossables } from '../../../utils/extract/find-glossables';
import { findUnits } from '../../../utils/extract/find-units';
import { glossFor } from '../../../utils/sites/chrome-glossary';
import { rednote } from '../../../utils/sites/rednote';
import { compileSiteRules } from '../../../utils/sites/site-rules';

const site = compileSiteRules(rednote);
const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

/** A comment thread as RedNote renders it (see ../shared/fixtures/xiaohongshu/DOM.md). */
const COMMENTS = `
  <div class="comments-container">
    <div class="total">共 29 条评论</div>
    <div class="parent-comment">
      <div class="comment-item" id="c1">
        <div class="avatar"><a href="/user/profile/u1"><span class="avatar-item"></span></a></div>
        <div class="right">
          <div class="author-wrapper"><div class="author"><a class="name" href="/user/profile/u1" data-user-id="u1">倒头就睡不醒</a><span class="tag">作者</span></div></div>
          <div class="content" id="t1"><span class="note-text"><a class="note-content-user" href="/user/profile/u9">@甜崽能能</a><span> 如何</span><img alt="[害羞R]"></span></div>
          <div class="labels"><span class="top">置顶评论</span></div>
          <div class="info"><div class="date"><span>04-25</span><span class="location">湖北</span></div>
            <div class="interactions"><span class="like-wrapper"><span class="count">赞</span></span><span class="reply"><span class="count">回复</span></span></div></div>
        </div>
      </div>
      <div class="reply-container">
        <div class="comment-item comment-item-sub" id="c2"><div class="right"><div class="content" id="t2"><span class="note-text">yyds</span></div>
          <div class="info"><div class="date"><span>05-29 北京</span></div></div></div></div>
        <div class="show-more">展开 12 条回复</div>
      </div>
    </div>
  </div>`;

function units(html: string) {
  document.body.innerHTML = html;
  return findUnits(document.body, {
    displayOf: createDisplayOf(),
    accept: (text, unit) => hasHan(text) || (unit.content && isLatinSlang(text)),
    site,
  });
}

describe('findUnits on a site with an adapter', () => {
  it('makes each comment text one unit and nothing around it: no name, date, place, count or button', () => {
    const found = units(COMMENTS);
    expect(found.map((u) => u.element.id)).toEqual(['t1', 't2']);
    expect(found.every((u) => u.content)).toBe(true);
  });

  it('never sends a username: an @mention stays on the page but out of the text', () => {
    expect(units(COMMENTS)[0]!.text).toBe('如何');
  });

  it('takes Chinese slang in Latin letters as content only where the adapter says content', () => {
    const found = units(`${COMMENTS}<p id="free">yyds</p>`);
    expect(found.map((u) => u.text)).toContain('yyds');
    expect(found.map((u) => u.element.id)).not.toContain('free');
  });

  it('keeps a note body with hashtags and stickers as one unit, and a card title as one', () => {
    const found = units(`
      <div id="noteContainer"><div class="note-content"><div id="detail-title" class="title">今天是乖乖等姐姐核酸的肥猪猪</div>
        <div id="detail-desc" class="desc"><span class="note-text" id="d"><span>越大越乖了！！</span><br><span>家里新来的小狗</span><img alt="[捂脸R]"><a class="tag" href="#">#萨摩耶</a></span><span class="expand">展开</span></div>
        <div class="bottom-container"><span class="date">10-24 四川</span></div></div></div>
      <section class="note-item"><div class="footer"><a class="title" id="card"><span>宝宝连体衣</span></a>
        <div class="card-bottom-wrapper"><a class="author" href="/user/profile/u2"><span class="name">蓝无机</span></a><span class="like-wrapper"><span class="count">赞</span></span></div></div></section>`);
    expect(found.map((u) => u.element.id || u.element.className)).toEqual(['detail-title', 'd', 'card']);
    expect(found[1]!.text).toBe('越大越乖了！！\n家里新来的小狗#萨摩耶');
  });
});

describe('findGlossables', () => {
  it('finds the chrome labels the built-in table knows, outside units', () => {
    const found = units(COMMENTS);
    const inUnit = (el: Element) => found.some((u) => u.element.contains(el));
    const labels = findGlossables(document.body, { inUnit, glossFor }).map((g) => [g.text, g.gloss]);
    expect(labels).toEqual([
      ['共 29 条评论', '29 comments'],
      ['作者', 'Author'],
      ['置顶评论', 'Pinned comment'],
      ['湖北', 'Hubei'],
      ['赞', 'Like'],
      ['回复', 'Reply'],
      ['05-29 北京', 'Beijing'],
      ['展开 12 条回复', 'Show 12 replies'],
    ]);
  });
});
