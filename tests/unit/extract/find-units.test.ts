// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createDisplayOf } from '../../../utils/extract/block-owner';
import { findUnits } from '../../../utils/extract/find-units';

const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

function unitsOf(html: string) {
  document.body.innerHTML = html;
  return findUnits(document.body, { displayOf: createDisplayOf(), accept: hasHan });
}

const ids = (units: { element: Element }[]) => units.map((u) => u.element.id);

describe('findUnits', () => {
  it('makes each Chinese paragraph, heading and list item a unit, in document order', () => {
    const units = unitsOf(`
      <h1 id="h">标题在这里</h1>
      <p id="p1">第一段文字，<a href="#">链接</a>也在段落里。</p>
      <ul><li id="li">列表项目</li></ul>
      <p id="p2">第二段</p>`);
    expect(ids(units)).toEqual(['h', 'p1', 'li', 'p2']);
    expect(units[1]!.text).toBe('第一段文字，链接也在段落里。');
  });

  it('leaves English paragraphs, code, form fields and editable areas alone', () => {
    const units = unitsOf(`
      <p id="en">Only English here.</p>
      <pre id="pre"><code>// 中文注释\nconst a = 1;</code></pre>
      <code>变量名</code>
      <textarea>输入框里的中文</textarea>
      <div contenteditable="true"><p>编辑器里的中文</p></div>
      <p translate="no">不要翻译</p>
      <p id="zh">中文段落</p>`);
    expect(ids(units)).toEqual(['zh']);
  });

  it('translates a pre block that holds prose rather than code', () => {
    expect(ids(unitsOf('<pre id="poem">床前明月光，\n疑是地上霜。（李白《静夜思》）</pre>'))).toEqual(['poem']);
  });

  it('leaves a bare pre of shell commands with Chinese comments alone', () => {
    const units = unitsOf('<pre># 先按日期拆分文件\nsplit -l 100000 tickets.csv part-</pre><pre>$ 运行脚本 ./run.sh</pre>');
    expect(units).toEqual([]);
  });

  it('never returns a unit that contains another unit', () => {
    const units = unitsOf(`
      <div id="card"><a id="title" href="#">笔记标题</a><p id="desc">笔记的正文内容</p></div>
      <div id="outer"><div id="inner"><p id="deep">很深的段落</p></div></div>`);
    for (const a of units) {
      for (const b of units) if (a !== b) expect(a.element.contains(b.element)).toBe(false);
    }
    expect(ids(units)).toEqual(['title', 'desc', 'deep']);
  });

  it('takes a small block with bare text and inner blocks as one unit', () => {
    const units = unitsOf('<div id="post">楼主说的话<div id="quote">引用的内容</div>最后一句</div>');
    expect(ids(units)).toEqual(['post']);
    expect(units[0]!.text).toBe('楼主说的话\n引用的内容\n最后一句');
  });

  it('keeps line breaks from <br> and drops pinyin annotations', () => {
    const units = unitsOf(
      '<p id="lyric"><ruby>明<rt>míng</rt></ruby><ruby>月<rt>yuè</rt></ruby>几时有<br>把酒问青天</p>',
    );
    expect(units[0]!.text).toBe('明月几时有\n把酒问青天');
  });

  it('groups a row of inline tags and buttons into the block that holds them', () => {
    const units = unitsOf(
      '<div id="row"><span>#穿搭</span> <button>关注</button> <a href="#">分享</a></div>',
    );
    expect(ids(units)).toEqual(['row']);
  });

  it('treats flex children as blocks of their own', () => {
    const units = unitsOf(
      '<div style="display:flex"><span id="name" style="display:block">用户名</span><span id="msg" style="display:block">评论内容很好</span></div>',
    );
    expect(ids(units)).toEqual(['name', 'msg']);
  });

  it('scans only below the given root but climbs to the block owning its text', () => {
    document.body.innerHTML = '<p id="p">前面的文字<span id="s">新加的文字</span></p><p>别的段落</p>';
    const units = findUnits(document.getElementById('s')!, { displayOf: createDisplayOf(), accept: hasHan });
    expect(ids(units)).toEqual(['p']);
  });
});
