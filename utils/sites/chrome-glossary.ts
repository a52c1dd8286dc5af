/**
 * Hints for site chrome, from a built-in table: no translator is asked. A label gets a hint only
 * when every Chinese part of it is known ("10-24 四川" -> "Sichuan", "3天前 北京" ->
 * "3 days ago · Beijing"); anything else is not chrome Ferry recognises.
 */

/** Interface words of Chinese social apps (RedNote first), as a newcomer needs them. */
const WORDS: Readonly<Record<string, string>> = {
  赞: 'Like',
  点赞: 'Like',
  已赞: 'Liked',
  回复: 'Reply',
  评论: 'Comment',
  收藏: 'Save',
  已收藏: 'Saved',
  分享: 'Share',
  转发: 'Repost',
  关注: 'Follow',
  已关注: 'Following',
  互相关注: 'Mutual',
  回关: 'Follow back',
  粉丝: 'Followers',
  获赞与收藏: 'Likes & saves',
  作者: 'Author',
  置顶: 'Pinned',
  置顶评论: 'Pinned comment',
  作者赞过: 'Liked by author',
  作者回复过: 'Author replied',
  首评: 'First comment',
  发送: 'Send',
  取消: 'Cancel',
  确定: 'OK',
  展开: 'More',
  收起: 'Less',
  全文: 'Full text',
  查看更多: 'See more',
  展开更多回复: 'Show more replies',
  展开更多评论: 'Show more comments',
  加载中: 'Loading',
  没有更多了: 'No more',
  这是一片荒地: 'No comments yet',
  说点什么: 'Say something',
  举报: 'Report',
  删除: 'Delete',
  复制: 'Copy',
  私信: 'Message',
  不喜欢: 'Not interested',
  发现: 'Explore',
  发布: 'Post',
  通知: 'Notifications',
  消息: 'Messages',
  我: 'Me',
  首页: 'Home',
  登录: 'Log in',
  注册: 'Sign up',
  退出登录: 'Log out',
  搜索: 'Search',
  搜索小红书: 'Search RedNote',
  小红书: 'RedNote',
  创作中心: 'Creator center',
  业务合作: 'Business',
  更多: 'More',
  设置: 'Settings',
  帮助与客服: 'Help',
  推荐: 'For you',
  穿搭: 'Outfits',
  美食: 'Food',
  彩妆: 'Makeup',
  美妆: 'Beauty',
  护肤: 'Skincare',
  影视: 'Film & TV',
  职场: 'Career',
  情感: 'Relationships',
  家居: 'Home',
  游戏: 'Games',
  旅行: 'Travel',
  健身: 'Fitness',
  宠物: 'Pets',
  摄影: 'Photography',
  音乐: 'Music',
  学习: 'Study',
  动漫: 'Anime',
  汽车: 'Cars',
  运动: 'Sports',
  母婴: 'Parenting',
  科技数码: 'Tech',
  搞笑: 'Funny',
  读书: 'Books',
  全部: 'All',
  图文: 'Posts',
  视频: 'Videos',
  用户: 'Users',
  综合: 'Top',
  最新: 'Latest',
  最热: 'Most liked',
  最多评论: 'Most comments',
  最多收藏: 'Most saved',
  筛选: 'Filter',
  笔记: 'Notes',
  直播: 'Live',
  商品: 'Products',
  话题: 'Topics',
  大家都在搜: 'Trending searches',
  相关搜索: 'Related searches',
  刚刚: 'just now',
  昨天: 'yesterday',
  前天: '2 days ago',
  今天: 'today',
};

/** Provinces, regions and the countries RedNote shows as a comment's IP location. */
const PLACES: Readonly<Record<string, string>> = {
  北京: 'Beijing',
  天津: 'Tianjin',
  上海: 'Shanghai',
  重庆: 'Chongqing',
  河北: 'Hebei',
  山西: 'Shanxi',
  辽宁: 'Liaoning',
  吉林: 'Jilin',
  黑龙江: 'Heilongjiang',
  江苏: 'Jiangsu',
  浙江: 'Zhejiang',
  安徽: 'Anhui',
  福建: 'Fujian',
  江西: 'Jiangxi',
  山东: 'Shandong',
  河南: 'Henan',
  湖北: 'Hubei',
  湖南: 'Hunan',
  广东: 'Guangdong',
  海南: 'Hainan',
  四川: 'Sichuan',
  贵州: 'Guizhou',
  云南: 'Yunnan',
  陕西: 'Shaanxi',
  甘肃: 'Gansu',
  青海: 'Qinghai',
  台湾: 'Taiwan',
  内蒙古: 'Inner Mongolia',
  广西: 'Guangxi',
  西藏: 'Tibet',
  宁夏: 'Ningxia',
  新疆: 'Xinjiang',
  香港: 'Hong Kong',
  澳门: 'Macao',
  中国: 'China',
  美国: 'USA',
  加拿大: 'Canada',
  墨西哥: 'Mexico',
  巴西: 'Brazil',
  英国: 'UK',
  爱尔兰: 'Ireland',
  法国: 'France',
  德国: 'Germany',
  意大利: 'Italy',
  西班牙: 'Spain',
  荷兰: 'Netherlands',
  瑞士: 'Switzerland',
  瑞典: 'Sweden',
  俄罗斯: 'Russia',
  日本: 'Japan',
  韩国: 'South Korea',
  新加坡: 'Singapore',
  马来西亚: 'Malaysia',
  泰国: 'Thailand',
  越南: 'Vietnam',
  菲律宾: 'Philippines',
  印度尼西亚: 'Indonesia',
  印度: 'India',
  阿联酋: 'UAE',
  澳大利亚: 'Australia',
  新西兰: 'New Zealand',
};

const plural = (n: string, one: string, many: string) => `${n} ${n === '1' ? one : many}`;

/** Whole labels with a number in them. */
const PATTERNS: ReadonlyArray<readonly [RegExp, (match: RegExpMatchArray) => string]> = [
  [/^展开\s*(\d+)\s*条回复$/, (m) => `Show ${plural(m[1]!, 'reply', 'replies')}`],
  [/^(?:共\s*)?(\d+)\s*条评论$/, (m) => plural(m[1]!, 'comment', 'comments')],
  [/^(?:共\s*)?(\d+)\s*条回复$/, (m) => plural(m[1]!, 'reply', 'replies')],
  [/^(\d+)\s*秒前$/, (m) => `${m[1]}s ago`],
  [/^(\d+)\s*分钟前$/, (m) => `${m[1]} min ago`],
  [/^(\d+)\s*小时前$/, (m) => `${m[1]} h ago`],
  [/^(\d+)\s*天前$/, (m) => `${plural(m[1]!, 'day', 'days')} ago`],
  [/^(\d+)\s*周前$/, (m) => `${plural(m[1]!, 'week', 'weeks')} ago`],
  [/^(\d+)\s*个月前$/, (m) => `${plural(m[1]!, 'month', 'months')} ago`],
  [/^(\d+)\s*年前$/, (m) => `${plural(m[1]!, 'year', 'years')} ago`],
  [/^(\d+(?:\.\d+)?)\s*万(\+?)$/, (m) => `${compact(Number(m[1]) * 1e4)}${m[2]}`],
  [/^(\d+(?:\.\d+)?)\s*亿(\+?)$/, (m) => `${compact(Number(m[1]) * 1e8)}${m[2]}`],
];

/** A prefix that adds a word to whatever follows it ("编辑于 3天前" -> "edited 3 days ago"). */
const PREFIXES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^编辑于\s*/, 'edited'],
  [/^发布于\s*/, 'posted'],
  [/^IP\s*属地\s*[:：]?\s*/i, 'IP:'],
];

const HAN = /\p{Script=Han}/u;
/** Trailing dots and ellipses of "加载中..." or "说点什么…". */
const TRAILING = /[.。…·\s]+$/u;

function compact(value: number): string {
  const format = (n: number) => String(Math.round(n * 10) / 10);
  if (value >= 1e9) return `${format(value / 1e9)}B`;
  if (value >= 1e6) return `${format(value / 1e6)}M`;
  return `${format(value / 1e3)}K`;
}

function glossToken(token: string): string | undefined {
  const word = token.replace(TRAILING, '');
  const known = WORDS[word] ?? PLACES[word];
  if (known) return known;
  for (const [pattern, render] of PATTERNS) {
    const match = word.match(pattern);
    if (match) return render(match);
  }
  for (const [prefix, english] of PREFIXES) {
    if (!prefix.test(word)) continue;
    const rest = word.replace(prefix, '');
    if (!HAN.test(rest)) return english.replace(/:$/, '');
    const tail = glossFor(rest);
    return tail === undefined ? undefined : `${english} ${tail}`;
  }
  return undefined;
}

/** The hint for a chrome label, or undefined when some Chinese in it is not in the table. */
export function glossFor(label: string): string | undefined {
  const text = label.trim();
  if (!HAN.test(text)) return undefined;
  const whole = glossToken(text);
  if (whole !== undefined) return whole;
  const parts: string[] = [];
  for (const token of text.split(/[\s·•|｜/，,]+/u)) {
    if (!HAN.test(token)) continue; // dates, counts and punctuation need no hint
    const gloss = glossToken(token);
    if (gloss === undefined) return undefined;
    parts.push(gloss);
  }
  return parts.length > 0 ? parts.join(' · ') : undefined;
}
