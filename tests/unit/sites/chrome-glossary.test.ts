import { describe, expect, it } from 'vitest';
import { glossFor } from '../../../utils/sites/chrome-glossary';

describe('glossFor', () => {
  it.each([
    ['赞', 'Like'],
    ['回复', 'Reply'],
    ['作者', 'Author'],
    ['置顶评论', 'Pinned comment'],
    ['关注', 'Follow'],
    ['发送', 'Send'],
    ['四川', 'Sichuan'],
    ['展开 3 条回复', 'Show 3 replies'],
    ['展开1条回复', 'Show 1 reply'],
    ['展开更多回复', 'Show more replies'],
    ['共 160 条评论', '160 comments'],
    ['10-24 四川', 'Sichuan'],
    ['3天前 北京', '3 days ago · Beijing'],
    ['1天前', '1 day ago'],
    ['5分钟前', '5 min ago'],
    ['昨天 14:03 上海', 'yesterday · Shanghai'],
    ['编辑于 2024-05-01', 'edited'],
    ['编辑于 3天前 广东', 'edited 3 days ago · Guangdong'],
    ['IP属地：美国', 'IP: USA'],
    ['1.2万', '12K'],
    ['10万+', '100K+'],
    ['加载中...', 'Loading'],
  ])('%s -> %s', (label, gloss) => {
    expect(glossFor(label)).toBe(gloss);
  });

  it('gives no hint where any Chinese in the label is unknown: that is content, not chrome', () => {
    for (const label of ['赞同这个观点', '今天去了四川', '10-24 四川成都', '回复 太好看了', '蹲', '']) {
      expect(glossFor(label), label).toBeUndefined();
    }
  });

  it('gives no hint to labels without Chinese (dates and counts need none)', () => {
    for (const label of ['10-24', '1819', '- THE END -', 'Like']) expect(glossFor(label), label).toBeUndefined();
  });
});
