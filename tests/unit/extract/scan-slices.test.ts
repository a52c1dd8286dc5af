// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createDisplayOf } from '../../../utils/extract/block-owner';
import { findUnits } from '../../../utils/extract/find-units';
import { scanSlices } from '../../../utils/extract/scan-slices';

const hasHan = (text: string) => /\p{Script=Han}/u.test(text);
const paragraphs = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `<p>第${from + i}段：码头今天重新开放。</p>`).join('');

/** What a scan finds: each unit's element (or the run's first node) and text. */
function found(roots: Element[]) {
  const displayOf = createDisplayOf();
  return roots.flatMap((root) => findUnits(root, { displayOf, accept: hasHan })).map((unit) => ({
    at: unit.run?.[0] ?? unit.element,
    text: unit.text,
  }));
}

function slicesOf(html: string, maxElements = 20) {
  document.body.innerHTML = html;
  return scanSlices(document.body, { displayOf: createDisplayOf(), maxElements });
}

describe('slices of a scan', () => {
  const shapes: Record<string, string> = {
    'thousands of sibling paragraphs': paragraphs(200),
    'sections of paragraphs and headings': Array.from({ length: 8 }, (_, i) => `<section><h2>第${i}章</h2>${paragraphs(30, i * 30)}</section>`).join(''),
    'a big <div> of <br>-separated paragraphs': `<div id="post">${Array.from({ length: 60 }, (_, i) => `第${i}行的内容，很长的一段话，讲的是渡口的故事。<br>`).join('')}<b>结尾</b></div>`,
    'bare text among blocks of the body': `开头的一段话没有自己的元素，直接写在正文里。${paragraphs(40)}结尾的一段话也一样。`,
    'a link among blocks (owned by its parent)': `<div>${paragraphs(40)}<a href="#">阅读全文</a></div>`,
    'a small thread taken whole': `<div>${paragraphs(40)}<div class="thread">楼主说：<p>第一条回复</p><p>第二条回复</p></div></div>`,
  };

  for (const [shape, html] of Object.entries(shapes)) {
    it(`finds exactly what one scan of the whole finds, in the same order: ${shape}`, () => {
      const slices = slicesOf(html);
      expect(found(slices)).toEqual(found([document.body]));
    });
  }

  it('cuts a long page into small slices in document order, and keeps an element that owns text whole', () => {
    const slices = slicesOf(`<main>${paragraphs(100)}</main><div id="post">一行<br>又一行<br>${'<i>字</i>'.repeat(50)}</div>`);
    expect(slices.length).toBe(101);
    expect(slices.every((slice, i) => i === 0 || slices[i - 1]!.compareDocumentPosition(slice) & 4)).toBe(true);
    expect(slices.at(-1)!.id).toBe('post');
    expect(slices.slice(0, -1).every((slice) => slice.tagName === 'P')).toBe(true);
  });

  it('keeps a small subtree and a shadow host whole', () => {
    expect(slicesOf(paragraphs(10))).toEqual([document.body]);
    document.body.innerHTML = `<div id="host">${paragraphs(50)}</div>`;
    document.querySelector('#host')!.attachShadow({ mode: 'open' });
    expect(scanSlices(document.body, { displayOf: createDisplayOf(), maxElements: 20 }).map((s) => s.id)).toEqual(['host']);
  });
});
