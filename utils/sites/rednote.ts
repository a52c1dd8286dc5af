import type { SiteAdapter } from './site-adapter';
import { REDNOTE_DOMAINS } from './site-domains';

/**
 * RedNote / Xiaohongshu (xiaohongshu.com; rednote.com for overseas accounts since late 2025).
 * Class names are those working scrapers drive the live site with (see
 * ../shared/fixtures/xiaohongshu/DOM.md for each one's source); Vue's data-v-* attributes and
 * wrapper depths differ between layouts, so every selector is short.
 */
export const rednote: SiteAdapter = {
  id: 'rednote',
  name: 'RedNote / Xiaohongshu',
  domains: REDNOTE_DOMAINS,
  checkedOn: [
    'DOM.md: xpzouying/xiaohongshu-mcp feed_detail.go, comment_feed.go, feeds.go, search.go',
    'DOM.md: Jasonzhangf/webauto container-library/xiaohongshu detail/*, home/feed_item',
    'tests/fixtures/dynamic/rednote (feed, search, note modal, comments, replies)',
  ],
  content: [
    // The open note: title, body text (hashtags, stickers and mentions inside it).
    '#detail-title',
    '#detail-desc .note-text',
    '.note-content .title',
    '.note-content .desc .note-text',
    // One comment or reply: its text only, never its author, date or buttons.
    '.comment-item .content',
    // A feed or search card's title.
    '.note-item .footer .title',
  ],
  // An open note (modal or page) and a feed card: what is not their text is chrome.
  regions: ['#noteContainer', '.note-container', '.note-item', '.comment-item'],
  chrome: [
    // Usernames wherever they are (a profile link is always a name or an avatar).
    'a[href*="/user/profile/"]',
    '.username',
    '.author .name',
    '.author-wrapper .name',
    '[data-user-id]',
    // Dates, places, counts and buttons around a note and its comments.
    '.bottom-container .date',
    '.comment-item .date',
    '.location',
    '.interactions',
    '.like-wrapper',
    '.collect-wrapper',
    '.chat-wrapper',
    '.labels',
    '.show-more',
    '.comments-container .total',
    '.end-container',
    '.no-comments',
    '.no-comments-text',
    '.follow-button',
    '.note-detail-follow-btn',
    '.input-box',
    '.close-circle',
    '.close-box',
    // Site navigation and filters.
    '.header-container',
    '.side-bar',
    '.channel-list',
    '.channel-container',
    '.filter',
    '.filter-panel',
    '.reds-tab-item',
    '.sub-tab-list',
    '.login-btn',
  ],
  compact: ['.note-item'],
};
