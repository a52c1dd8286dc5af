// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import {
  ensureTranslationNode,
  removeAllFerryNodes,
  showError,
  showTranslation,
} from '../../../utils/overlay/translation-node';
import { ensureGlossNode } from '../../../utils/overlay/gloss-node';

const look = { lang: 'en', style: 'soft', inline: false } as const;

describe('translation node', () => {
  it('is the last child of its unit, marked so other translators leave it alone', () => {
    document.body.innerHTML = '<p id="p">中文<b>粗体</b></p>';
    const unit = document.getElementById('p')!;
    const node = ensureTranslationNode(unit, look);
    expect(unit.lastChild).toBe(node);
    expect(node.localName).toBe('ferry-translation');
    expect(node.getAttribute('lang')).toBe('en');
    expect(node.getAttribute('translate')).toBe('no');
    expect(node.classList.contains('notranslate')).toBe(true);
    unit.append(document.createTextNode('页面后来加的'));
    expect(ensureTranslationNode(unit, look)).toBe(node);
    expect(unit.lastChild).toBe(node);
  });

  it('inserts provider output as text, never as markup', () => {
    document.body.innerHTML = '<p id="p">中文</p>';
    const node = ensureTranslationNode(document.getElementById('p')!, look);
    showTranslation(node, '<img src=x onerror=alert(1)>Hello');
    expect(node.children.length).toBe(0);
    expect(node.textContent).toBe('<img src=x onerror=alert(1)>Hello');
    expect(node.dataset.state).toBe('done');
  });

  it('shows an error with a retry control whose click stays out of the page', () => {
    document.body.innerHTML = '<a id="link" href="#x"><p id="p">中文</p></a>';
    const pageClick = vi.fn();
    document.getElementById('link')!.addEventListener('click', pageClick);
    const node = ensureTranslationNode(document.getElementById('p')!, look);
    const retry = vi.fn();
    showError(node, 'Could not reach the translator', retry);
    expect(node.dataset.state).toBe('error');
    node.querySelector('button')!.click();
    expect(retry).toHaveBeenCalledTimes(1);
    expect(pageClick).not.toHaveBeenCalled();
  });

  it('removing Ferry restores the page markup exactly', () => {
    document.body.innerHTML = '<div class="x"><p id="p" style="color:red">中文<br>第二行</p></div>';
    const before = document.body.innerHTML;
    const unit = document.getElementById('p')!;
    unit.setAttribute('data-ferry-id', '1');
    unit.parentElement!.setAttribute('data-ferry-unclip', '');
    unit.setAttribute('data-ferry-cover-host', '');
    showTranslation(ensureTranslationNode(unit, look), 'Chinese');
    ensureGlossNode(unit.parentElement!, 'Like', 'en');
    expect(document.body.innerHTML).not.toBe(before);
    removeAllFerryNodes(document);
    expect(document.body.innerHTML).toBe(before);
  });
});
