// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readSiteLanguage } from '../../../utils/sites/site-language';

describe('readSiteLanguage', () => {
  it('calls a page of a Chinese site Chinese as soon as it shows any Chinese, even in an English interface', () => {
    document.documentElement.lang = 'en';
    document.body.innerHTML = `<nav>Explore Notifications Profile Settings Help Log out</nav><p>Posted by someone today</p><div class="title">好看</div>`;
    expect(readSiteLanguage('www.example.com', document)).toBe('other');
    expect(readSiteLanguage('www.rednote.com', document)).toBe('chinese');
    document.body.innerHTML = '<p>Nothing Chinese yet</p>';
    expect(readSiteLanguage('www.rednote.com', document)).toBe('other');
  });
});
