#!/usr/bin/env node
// The README's screenshots: the RedNote fixture app (feed, a note with its comments, and a reply
// written in English turned into Chinese), and a news page whose paragraphs are bare text between
// <br>s (tests/fixtures/text-runs) with Ferry on, in Debian's Chromium with the built extension. The mock translator answers with the
// English below (written by hand for these texts), so the pictures show what a reader gets.
//   npm run build && node scripts/readme-screenshots.mjs   -> docs/screenshots/*.png
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { ROOT, launchChromium, serveHtml, startMockMicrosoft, startRedNoteApp } from '../bench/support/servers.mjs';

const ENGLISH = {
  今天是乖乖等姐姐核酸的肥猪猪: "Today's chubby piggy, waiting nicely while big sis gets tested",
  '卧槽…小田的新中式造型怎么变这么好看了': "OMG… how did Tian's new Chinese-style look get this gorgeous",
  我发现幼态的关键了: 'I found the secret to a youthful look',
  被弃养的边牧小狗被我养大啦: 'The abandoned border collie I took in is all grown up',
  五十万人看过的骂男朋友妆教: 'The makeup tutorial 500k people watched',
  '纯欲天花板Qanna直播打光教程！超级简单': "Qanna's livestream lighting tutorial! Super easy",
  Qanna打光法确实好绝: 'The Qanna lighting trick really is amazing',
  '纯欲天花板QAnna妆容分析教学，超清透': "QAnna's makeup, broken down: so fresh and clear",
  '有小肚子又怎么样～': 'So what if I have a little belly~',
  很多宝子问的这个头发是怎么卷的: 'So many of you asked how I curl my hair',
  '越大越乖了！！能老实在旁边等我\n家里新来的小狗也能欺负她#萨摩耶 #我家宠物好可爱':
    'The older she gets, the better behaved!! She waits right beside me\nEven the new puppy bosses her around #Samoyed #MyPetIsSoCute',
  链接蹲: 'Waiting for the link',
  '是Dsix邓六六滴！': "It's from Dsix Deng Liuliu!",
  '我也买了 巨好看！[请升级到App最新版本查看图片评论]': "Bought it too, it's gorgeous! [update the app to see the picture]",
  可以的我也是平胸这款自带胸垫: "It works, I'm flat-chested too and this one has built-in padding",
  '可以的 我也是平胸这款自带胸垫': "It works, I'm flat-chested too and this one has built-in padding",
  '和五百的衣服好搭[请升级到App最新版本查看图片评论]': 'Goes great with a 500-yuan outfit [update the app to see the picture]',
  '别太美了我说[请升级到App最新版本查看图片评论]': "Way too pretty, I'm telling you [update the app to see the picture]",
  有没有链接呀姐妹: 'Got a link, sis?',
  这个挺好看的其他的不好看: "This one's nice, the others not so much",
  有无价格侠: 'Anyone know the price?',
  '也买了 只花了100不到': 'Bought it too, under 100 yuan',
  如何: 'How is it?',
  一般: 'So-so',
  // The text-runs news page.
  渡口码头今日重新开放: 'Ferry pier reopens today',
  老街面馆换了新老板: 'Old Street noodle shop has a new owner',
  河堤将种上一排柳树: 'A row of willows will be planted on the embankment',
  本地新闻: 'Local news',
  交通出行: 'Getting around',
  美食: 'Food',
  '今天上午九点，停运了三个月的渡口码头重新开放，第一班渡船准时离岸，码头上挤满了赶来坐船的居民。':
    'At nine this morning the ferry pier, closed for three months, reopened; the first boat left on time, and the pier was packed with residents who came to ride it.',
  '据码头管理处介绍，这次维修更换了全部的浮桥木板，还在候船区加装了遮雨棚和座椅，方便老人和带孩子的乘客休息。':
    'According to the pier office, the repairs replaced every plank of the floating bridge and added rain shelters and seats in the waiting area, so older passengers and those with children can rest.',
  '不少居民表示，渡口停运期间只能绕行大桥，上班路上要多花四十分钟，现在总算可以直接过河了。':
    'Many residents said that while the ferry was closed they had to go round by the bridge, forty more minutes on the way to work; now they can finally cross the river directly.',
  '图：重新开放的渡口码头（记者 摄）': 'Photo: the reopened ferry pier (staff photographer)',
  '管理处提醒，雨天浮桥湿滑，乘客上下船时请扶好栏杆，不要拥挤，儿童须由家长陪同。':
    'The office reminds passengers that the floating bridge is slippery in the rain: hold the railing when boarding, do not push, and children must be accompanied.',
  '下一步，码头还将开通夜间班次，具体时间表将在下周公布，欢迎市民留意管理处的通知。':
    'Next, the pier will add night sailings; the timetable will be published next week, and residents are welcome to watch for the office’s notices.',
  '三楼：周末带孩子去坐了一次，船开得很稳，孩子特别开心。': 'Floor 3: Took the kids for a ride at the weekend; the boat was steady and they loved it.',
  '只是排队的人有点多，建议早点去，上午十点以前人比较少。': 'The queue was a bit long though; go early, it is quieter before ten.',
  '另外候船区的座椅很干净，给管理处点个赞。': 'Also the seats in the waiting area are clean: a thumbs-up for the office.',
  '下次想试试傍晚那一班，听说能看到江上的日落。': 'Next time I want to try the evening boat; I hear you can see the sunset over the river.',
  '有一起去的朋友吗？可以约个时间。': 'Anyone want to come along? We can pick a time.',
  发表评论: 'Post comment',
  查看更多: 'See more',
  // Writing back: the reader's English into Chinese, and the check back.
  'so cute, where did you buy it?': '太可爱了，在哪里买的？',
  '太可爱了，在哪里买的？': 'So cute, where did you buy it?',
};

const translator = await startMockMicrosoft({ translate: (text) => ENGLISH[text] ?? `(English) ${text}` });
const app = await startRedNoteApp();
const out = path.join(ROOT, 'docs/screenshots');
mkdirSync(out, { recursive: true });
const profile = mkdtempSync(path.join(os.tmpdir(), 'ferry-screenshots-'));
const context = await launchChromium(chromium, profile, translator.endpoint, { width: 1280, height: 760 });
try {
  const settled = (page) =>
    page.waitForFunction(() => !document.querySelector('ferry-translation[data-state="pending"]')).then(() => page.waitForTimeout(400));
  const page = await context.newPage();
  await page.goto(app.url('/explore'), { waitUntil: 'load' });
  await page.waitForSelector('section.note-item .title ferry-translation[data-state="done"]');
  await settled(page);
  await page.screenshot({ path: path.join(out, 'rednote-feed.png') });
  await page.click('section.note-item[data-index="0"] .cover');
  await page.waitForSelector('.comment-item .content ferry-translation[data-state="done"]');
  await settled(page);
  await page.screenshot({ path: path.join(out, 'rednote-note.png') });
  await page.click('#content-textarea');
  await page.keyboard.type('so cute, where did you buy it?');
  await page.keyboard.press('Alt+Enter');
  await page.waitForSelector('ferry-compose[data-state="done"]');
  await page.screenshot({ path: path.join(out, 'rednote-compose.png'), clip: { x: 600, y: 420, width: 560, height: 320 } });

  const news = await serveHtml(() => readFileSync(path.join(ROOT, 'tests/fixtures/text-runs/page.html')));
  try {
    const article = await context.newPage();
    await article.setViewportSize({ width: 900, height: 1100 });
    await article.goto(news.url('/news'), { waitUntil: 'load' });
    await article.waitForSelector('#floor ferry-run ferry-translation[data-state="done"]');
    await settled(article);
    await article.screenshot({ path: path.join(out, 'text-runs.png'), fullPage: true });
  } finally {
    news.close();
  }
  console.log(`wrote ${path.relative(ROOT, out)}/rednote-feed.png, rednote-note.png, rednote-compose.png and text-runs.png`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  translator.close();
  app.close();
}
