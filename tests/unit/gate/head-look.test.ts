// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { headLooksChinese } from '../../../utils/detect/page-gate';
import { watchHead } from '../../../utils/gate/head-look';

function parsing(): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.replaceChildren(doc.createElement('head'));
  Object.defineProperty(doc, 'readyState', { configurable: true, get: () => 'loading' });
  return doc;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the look at the head of a page being parsed', () => {
  it('says yes as soon as a Chinese title is parsed, before the body', async () => {
    const doc = parsing();
    let verdict: boolean | undefined;
    void watchHead(doc, headLooksChinese).then((v) => (verdict = v));
    await flush();
    expect(verdict).toBeUndefined();
    const title = doc.createElement('title');
    title.textContent = '小红书 - 你的生活指南';
    doc.head.append(title);
    await flush();
    expect(verdict).toBe(true);
  });

  it('says no once the body starts under an English title, and at once for a declared Chinese page', async () => {
    const doc = parsing();
    const title = doc.createElement('title');
    title.textContent = 'The Guardian';
    doc.head.append(title);
    let verdict: boolean | undefined;
    void watchHead(doc, headLooksChinese).then((v) => (verdict = v));
    await flush();
    expect(verdict).toBeUndefined();
    doc.documentElement.append(doc.createElement('body'));
    await flush();
    expect(verdict).toBe(false);

    const declared = parsing();
    declared.documentElement.lang = 'zh-CN';
    await expect(watchHead(declared, headLooksChinese)).resolves.toBe(true);
  });

  it('keeps Japanese and Korean pages, and titles in kana, out', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.title = '東京新聞';
    expect(headLooksChinese(doc)).toBe(true); // all Han, nothing declared: the pipeline decides
    doc.documentElement.lang = 'ja';
    expect(headLooksChinese(doc)).toBe(false);
    doc.documentElement.lang = '';
    doc.title = 'ニュース速報 東京';
    expect(headLooksChinese(doc)).toBe(false);
    doc.title = '서울 뉴스';
    expect(headLooksChinese(doc)).toBe(false);
  });
});
