// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ensureGlossNode, removeGlossNode } from '../../../utils/overlay/gloss-node';

describe('gloss node', () => {
  it('is one hint, last in its label, as text, marked so other translators leave it alone', () => {
    document.body.innerHTML = '<span id="s">赞</span>';
    const label = document.getElementById('s')!;
    const node = ensureGlossNode(label, '<b>Like</b>', 'en');
    expect(label.lastChild).toBe(node);
    expect(node.localName).toBe('ferry-gloss');
    expect(node.textContent).toBe('<b>Like</b>');
    expect(node.children).toHaveLength(0);
    expect(node.getAttribute('translate')).toBe('no');
    expect(node.classList.contains('notranslate')).toBe(true);
    label.append('!');
    expect(ensureGlossNode(label, 'Likes', 'en')).toBe(node);
    expect(label.lastChild).toBe(node);
    expect(label.querySelectorAll('ferry-gloss')).toHaveLength(1);
    removeGlossNode(label);
    expect(label.innerHTML).toBe('赞!');
  });
});
