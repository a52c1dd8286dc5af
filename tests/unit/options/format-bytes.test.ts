import { describe, expect, it } from 'vitest';
import { formatBytes } from '@/entrypoints/options/format-bytes';

describe('formatBytes', () => {
  it('writes small sizes in bytes', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(812)).toBe('812 B');
  });

  it('keeps one decimal below ten units and none above', () => {
    expect(formatBytes(4300)).toBe('4.2 KB');
    expect(formatBytes(13 * 1024 * 1024)).toBe('13 MB');
    expect(formatBytes(2.5 * 1024 ** 3)).toBe('2.5 GB');
  });

  it('treats nonsense as nothing', () => {
    expect(formatBytes(Number.NaN)).toBe('0 B');
    expect(formatBytes(-5)).toBe('0 B');
  });
});
