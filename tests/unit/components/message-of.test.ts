import { describe, expect, it } from 'vitest';
import { messageOf } from '@/components/message-of';

describe('messageOf', () => {
  it('gives an Error’s message without its name', () => {
    expect(messageOf(new TypeError('Failed to fetch'))).toBe('Failed to fetch');
  });

  it('gives anything else thrown as text', () => {
    expect(messageOf('quota exceeded')).toBe('quota exceeded');
    expect(messageOf(42)).toBe('42');
  });
});
