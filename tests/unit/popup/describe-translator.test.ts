import { describe, expect, it } from 'vitest';
import { describeTranslator } from '../../../entrypoints/popup/describe-translator';

describe('describeTranslator', () => {
  it('names the translator serving the page', () => {
    expect(describeTranslator({ provider: 'microsoft' })).toBe('Translated by Microsoft');
  });

  it('says which translator failed and why when a fallback serves', () => {
    expect(describeTranslator({ provider: 'microsoft', fallbackFrom: { provider: 'deepl', kind: 'quota' } })).toBe(
      'DeepL: quota used up, using Microsoft',
    );
    expect(describeTranslator({ provider: 'dictionary', fallbackFrom: { provider: 'google', kind: 'rate-limit' } })).toBe(
      'Google: too busy (rate limited), using Offline dictionary',
    );
  });
});
