// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createDisplayOf } from '../../../utils/extract/block-owner';
import { findUnits } from '../../../utils/extract/find-units';

const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

function unitsOf(html: string) {
  document.body.innerHTML = html;
  return findUnits(document.body, { displayOf: createDisplayOf(), accept: hasHan });
}

const PARAGRAPHS = [
  '今天上午九点，停运了三个月的渡口码头重新开放，第一班渡船准时离岸，码头上挤满了赶来坐船的居民，大家都很高兴。',
  '据码头管理处介绍，这次维修更换了全部的浮桥木板，还在候船区加装了遮雨棚和座椅，方便老人和带孩子的乘客休息。',
  '不少居民表示，渡口停运期间只能绕行大桥，上班路上要多花四十分钟，现在总算可以直接过河了，省下不少时间。',
];

describe('text with no element of its own', () => {
  it('makes each run between <br>s of a long block a unit of its own, inline elements included', () => {
    const units = unitsOf(`<div id="a">${PARAGRAPHS[0]}<br><br>${PARAGRAPHS[1]}<br><br>${PARAGRAPHS[2]}<b>加粗的结尾</b></div>`);
    expect(units.map((u) => u.text)).toEqual([PARAGRAPHS[0], PARAGRAPHS[1], `${PARAGRAPHS[2]}加粗的结尾`]);
    expect(units.every((u) => u.run && u.element.id === 'a')).toBe(true);
    expect(units[2]!.run!.map((node) => node.nodeName)).toEqual(['#text', 'B']);
  });

  it('splits the bare text of a large container at its blocks, leaving the blocks their own units', () => {
    const units = unitsOf(
      `<div id="a">${PARAGRAPHS[0]}<div></div>${PARAGRAPHS[1]}<p id="cap">图：重新开放的码头</p>${PARAGRAPHS[2]}</div>`,
    );
    expect(units.map((u) => (u.run ? 'run' : u.element.id))).toEqual(['run', 'run', 'cap', 'run']);
  });

  it('keeps a short comment with a line break as one unit', () => {
    const units = unitsOf('<div id="c">蹲一个链接<br>谢谢姐妹</div>');
    expect(units.map((u) => u.element.id)).toEqual(['c']);
    expect(units[0]!.run).toBeUndefined();
  });

  it('gives each headline of a heading made of links a unit, and a row of tags too', () => {
    const units = unitsOf(
      '<h2 id="h"><a id="l1">渡口码头今日重新开放</a> | <a id="l2">老街面馆换了新老板</a></h2><div id="t"><a id="t1">本地新闻</a> <a id="t2">美食</a></div>',
    );
    expect(units.map((u) => u.element.id)).toEqual(['l1', 'l2', 't1', 't2']);
  });

  it('keeps a sentence with links in it as one unit', () => {
    const units = unitsOf('<p id="p">请看<a>这里</a>和<a>那里</a>的说明</p>');
    expect(units.map((u) => u.element.id)).toEqual(['p']);
  });

  it('takes a button drawn by an <input> as a unit, by its value', () => {
    const units = unitsOf('<form><input id="s" type="submit" value="发表评论"><input type="text" value="输入框的中文"><input id="b" type="button" value="查看更多"></form>');
    expect(units.map((u) => [u.element.id, u.text])).toEqual([
      ['s', '发表评论'],
      ['b', '查看更多'],
    ]);
  });
});
