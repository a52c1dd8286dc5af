#!/usr/bin/env node
// The README's screenshots: the RedNote fixture app (feed, a note with its comments, and a reply
// written in English turned into Chinese) with Ferry on, in Debian's Chromium with the built extension. The mock translator answers with the
// English below (written by hand for these texts), so the pictures show what a reader gets.
//   npm run build && node scripts/readme-screenshots.mjs   -> docs/screenshots/*.png
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, launchChromium, startMockMicrosoft, startRedNoteApp } from '../bench/support/servers.mjs';

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
  console.log(`wrote ${path.relative(ROOT, out)}/rednote-feed.png, rednote-note.png and rednote-compose.png`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  translator.close();
  app.close();
}
