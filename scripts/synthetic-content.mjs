// Generated articles for measuring and testing the site at scale: `npm run bench` builds
// the real content plus enough of them to reach 300 articles, and the test suite builds a
// 150-article fixture (`scripts/astro.mjs build --synthetic N`). Same seed, same text:
// every run builds exactly the same articles, so timings and test results compare.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { seededRandom } from '../src/lib/quiz/random.ts';


// A fixed seed (seededRandom): every run builds exactly the same articles, so timings compare.

// Plain prose in the site's voice: full-width punctuation, no MDX components, and no
// characters MDX would read as syntax ({ } < >).
const WHO = ['自称客服的人', '陌生来电', '冒充快递员的人', '所谓的理赔专员', '对方', '打电话的人', '发短信的人'];
const CLAIM = [
  '报出你的姓名和快递单号',
  '说你的包裹在运输途中弄丢了',
  '说可以给你双倍赔偿',
  '让你加一个微信好友办理退款',
  '发来一个看起来很正规的退款链接',
  '要你打开屏幕共享“指导操作”',
  '让你下载一个会议软件',
  '问你要短信里的验证码',
  '说你的快递违规，要交一笔保证金',
  '说要先开通“理赔账户”才能收到钱',
];
const DO = [
  '先挂断电话',
  '自己打开购物App查看订单',
  '在平台的订单页面里联系商家',
  '拨打96110问一问',
  '不要点对方发来的链接',
  '不要把验证码告诉任何人',
  '把情况告诉家里人，一起商量',
  '关掉屏幕共享，退出对方让你装的软件',
  '到快递公司的官方渠道查一查物流',
];
const THING = ['快递面单', '收件人电话', '收货地址', '订单信息', '银行卡号', '短信验证码', '物流记录', '购物账号'];
const FACT = [
  '面单上印着收件人的姓名、电话和地址，扔进垃圾桶之前最好先涂掉或撕碎。',
  '正规的退款和理赔都在购物平台里办理，不需要加任何人的私人微信。',
  '真正的客服不会让你打开屏幕共享，也不会问你要验证码。',
  '隐私面单会把电话号码中间几位隐去，快递员通过虚拟号码联系你。',
  '包裹是不是真的丢了，在订单页面里一查就知道，用不着听陌生人的。',
  '骗子手里的信息往往是从仓库、网点或者被丢弃的面单里流出来的。',
  '对方说得越准确、越急着让你操作，越要停下来想一想。',
  '钱一旦转出去就很难追回，所以最要紧的是不转账。',
  '家里的老人网购不多，接到这种电话更容易慌，平时可以多提醒几句。',
  '如果已经转了钱，请马上拨打110报警，并保留好转账记录和聊天记录。',
  '银行卡密码和验证码就像家门钥匙，谁来要都不能给。',
  '快递丢失的赔偿由平台和快递公司按规则处理，不会要你先交钱。',
  '很多人事后回想，最让人放松警惕的，正是对方报出的那些真实信息。',
  '网店老板也可以提醒买家：店铺不会主动打电话办理退款。',
  '拆完快递，把面单撕下来单独处理，是一个花不了几秒钟的好习惯。',
];
const TEMPLATES = [
  (r) => `${r(WHO)}可能会${r(CLAIM)}，这时候请${r(DO)}。`,
  (r) => `就算${r(WHO)}能报出你的${r(THING.slice(0, 4))}，也不代表他真的是平台的人。`,
  (r) => `很多人是在对方${r(CLAIM)}之后才放下戒心的。`,
  (r) => `如果${r(WHO)}${r(CLAIM)}，那几乎可以肯定是骗局。`,
  (r) => `拿不准的时候，${r(DO)}，比什么都稳妥。`,
  (r) => `${r(THING)}一旦落到骗子手里，就会被用来编一个听起来很真的故事。`,
  (r) => `保护好自己的${r(THING.slice(0, 4))}和${r(THING.slice(4))}，骗子就少了一块敲门砖。`,
  (r) => `请记住：正规客服不会让你加私人微信，更不会${r(['问你要验证码', '让你打开屏幕共享', '让你先交保证金', '发链接让你填银行卡号'])}。`,
  (r) => r(FACT),
  (r) => r(FACT),
];
const HEADINGS = [
  '面单上印着什么',
  '骗子的信息从哪里来',
  '接到“理赔”电话时',
  '退款为什么不用加好友',
  '拆快递之后做这件事',
  '隐私面单能挡住什么',
  '银行卡和验证码',
  '屏幕共享有多危险',
  '怎样核实包裹状态',
  '旧面单怎么处理',
  '帮家里老人设防',
  '被骗后的第一个小时',
  '网店老板能做什么',
  '平台客服在哪里找',
  '短信里的链接',
  '快递员上门的时候',
];
const TITLES = ['接到退款电话怎么办', '面单信息的去向', '理赔骗局的套路', '保护收件信息', '别把验证码给别人', '老人网购防骗', '识别假客服', '退款只在平台办'];
const CATEGORIES = ['case', 'waybill', 'tips'];

const hanCount = (text) => text.match(/\p{Script=Han}/gu)?.length ?? 0;

export function syntheticArticle(index, seed = 20230920) {
  const random = seededRandom(seed + index * 7919);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const sentence = () => pick(TEMPLATES)(pick);
  const paragraph = () => Array.from({ length: 3 + Math.floor(random() * 3) }, sentence).join('');

  const sectionCount = 5 + Math.floor(random() * 4);
  const target = 1500 + Math.floor(random() * 800);
  const headings = [...HEADINGS].sort(() => random() - 0.5).slice(0, sectionCount);
  const listAt = Math.floor(random() * sectionCount);
  const sections = headings.map((heading, i) => {
    const parts = [`## ${heading}`, paragraph()];
    if (i === listAt) {
      const steps = [...DO].sort(() => random() - 0.5).slice(0, 3 + Math.floor(random() * 3));
      parts.push('遇到这种情况，可以按下面的顺序做：', steps.map((step, n) => `${n + 1}. ${step}。`).join('\n'));
    }
    return parts;
  });
  // Grow sections round-robin until the body reaches the target length of Chinese text.
  let length = hanCount(sections.flat().join(''));
  for (let i = 0; length < target; i++) {
    const added = paragraph();
    sections[i % sectionCount].push(added);
    length += hanCount(added);
  }

  const number = String(index).padStart(4, '0');
  const intro = paragraph();
  const frontmatter = [
    '---',
    `title: ${JSON.stringify(`练习${number}：${pick(TITLES)}`)}`,
    `description: ${JSON.stringify(`${pick(FACT)}${pick(FACT)}`.slice(0, 110))}`,
    `summary: ${JSON.stringify(`${pick(FACT)}${pick(FACT)}`)}`,
    `category: ${CATEGORIES[index % CATEGORIES.length]}`,
    `order: ${999 + index}`,
    `updated: 2026-${String(1 + (index % 11)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`,
    // Ids from content/sources/sources.yaml, covering every hotline the generated text names.
    'sources:',
    '  - wujiang-case',
    '  - police-110',
    '  - hotline-96110',
    '  - sms-12381',
    'remember:',
    ...[...DO].sort(() => random() - 0.5).slice(0, 3).map((step) => `  - ${step}。`),
    '---',
  ].join('\n');
  return `${frontmatter}\n\n${intro}\n\n${sections.map((parts) => parts.join('\n\n')).join('\n\n')}\n`;
}

/**
 * Makes `root` a content folder: a copy of content/ plus `count` generated articles
 * (synthetic-0001.mdx …), byte for byte the same for the same count. Only files that differ
 * are written and files that do not belong are removed, so a second build finds its
 * content as a writer's second build would: unchanged. Returns the range of the generated
 * articles' lengths in Chinese characters.
 */
export async function writeSyntheticContent(root, count) {
  const wanted = new Map();
  for (const entry of await readdir('content', { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) wanted.set(relative('content', join(entry.parentPath, entry.name)), await readFile(join(entry.parentPath, entry.name)));
  }
  const lengths = [];
  for (let i = 1; i <= count; i++) {
    const article = syntheticArticle(i);
    lengths.push(hanCount(article.slice(article.indexOf('---', 3))));
    wanted.set(join('articles', `synthetic-${String(i).padStart(4, '0')}.mdx`), Buffer.from(article));
  }
  const present = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of present) {
    const file = relative(root, join(entry.parentPath, entry.name));
    if (entry.isFile() && !wanted.has(file)) await rm(join(root, file));
  }
  for (const [file, content] of wanted) {
    const target = join(root, file);
    const current = await readFile(target).catch(() => undefined);
    if (current?.equals(content)) continue;
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return { min: Math.min(...lengths), max: Math.max(...lengths) };
}
