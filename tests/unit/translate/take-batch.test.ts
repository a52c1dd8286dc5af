import { describe, expect, it } from 'vitest';
import { takeBatch } from '../../../utils/translate/take-batch';

const limits = { maxItems: 3, maxChars: 10, concurrency: 1 };
const item = (text: string, group = 'a') => ({ text, group });

describe('takeBatch', () => {
  it('takes nothing from an empty queue', () => {
    expect(takeBatch([], limits)).toEqual({ items: [], full: false });
  });

  it('takes every pending text of the group when they fit, and says the batch is not full', () => {
    const pending = [item('ab'), item('cd')];
    expect(takeBatch(pending, limits)).toEqual({ items: pending, full: false });
  });

  it('stops at maxItems and says the batch is full', () => {
    const pending = ['a', 'b', 'c', 'd'].map((text) => item(text));
    const batch = takeBatch(pending, limits);
    expect(batch.items.map((entry) => entry.text)).toEqual(['a', 'b', 'c']);
    expect(batch.full).toBe(true);
  });

  it('stops before the text that would pass maxChars', () => {
    const batch = takeBatch([item('123456'), item('1234'), item('1')], limits);
    expect(batch.items.map((entry) => entry.text)).toEqual(['123456', '1234']);
    expect(batch.full).toBe(true);
    const next = takeBatch([item('123456'), item('12345')], limits);
    expect(next.items.map((entry) => entry.text)).toEqual(['123456']);
  });

  it('sends a text longer than maxChars alone', () => {
    const batch = takeBatch([item('x'.repeat(25)), item('a')], limits);
    expect(batch.items.map((entry) => entry.text)).toEqual(['x'.repeat(25)]);
    expect(batch.full).toBe(true);
  });

  it('only groups texts that share the oldest text’s group', () => {
    const batch = takeBatch([item('a', 'en'), item('b', 'fr'), item('c', 'en')], limits);
    expect(batch.items.map((entry) => entry.text)).toEqual(['a', 'c']);
  });
});
