import { describe, expect, it } from 'vitest';
import { validateEndpoint } from '@/entrypoints/options/validate-endpoint';

describe('validateEndpoint', () => {
  it('accepts http and https addresses, with ports and paths', () => {
    expect(validateEndpoint('http://127.0.0.1:5000')).toBeNull();
    expect(validateEndpoint(' https://proxy.example.com/translate/ ')).toBeNull();
  });

  it('refuses empty text, non-URLs and other schemes, saying why', () => {
    expect(validateEndpoint('')).toMatch(/Enter/);
    expect(validateEndpoint('localhost 5000')).toMatch(/Not a web address/);
    expect(validateEndpoint('ftp://example.com')).toMatch(/http:\/\/ or https:\/\//);
    expect(validateEndpoint('javascript:alert(1)')).toMatch(/http:\/\/ or https:\/\//);
  });
});
