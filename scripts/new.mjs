// `npm run new -- article <slug>` (or `talk <slug>`, `hotline <number>`): writes a commented
// template with every required field, so a station adds a local case, talk or number by
// filling in words, not by reading the schemas. The template builds as it is; the build
// then checks what the writer puts in (sources, hotline names, lengths).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, parseDocument } from 'yaml';

const root = process.env['CONTENT_ROOT'] ?? 'content';
const [kind, name] = process.argv.slice(2);
const usage = 'Usage: npm run new -- article <slug> | talk <slug> | hotline <number>\n例如：npm run new -- article qinghe-case';

function fail(message) {
  console.error(message);
  process.exit(2);
}

/** The first source id the content has: a placeholder the writer replaces with their own. */
function firstSource() {
  const sources = parse(readFileSync(join(root, 'sources', 'sources.yaml'), 'utf8')) ?? {};
  const id = Object.keys(sources)[0];
  if (!id) fail(`${root}/sources/sources.yaml lists no source yet: add the source of your case there first.`);
  return id;
}

function nextOrder(folder, pattern) {
  if (!existsSync(folder)) return 1;
  const orders = readdirSync(folder)
    .filter((file) => pattern.test(file))
    .map((file) => Number(/^order:\s*(\d+)/m.exec(readFileSync(join(folder, file), 'utf8'))?.[1] ?? 0));
  return Math.max(0, ...orders) + 1;
}

function writeNew(file, text) {
  if (existsSync(file)) fail(`${file} already exists: pick another name, or edit that file.`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`Wrote ${file}. Fill in the words, then check with: npm run build`);
}

const today = new Date().toISOString().slice(0, 10);

if (kind === 'article') {
  if (!name || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) fail(`${usage}\nThe slug is the page address: lowercase letters, digits and "-", e.g. qinghe-case.`);
  const folder = join(root, 'articles');
  writeNew(
    join(folder, `${name}.mdx`),
    `---
# 标题：40 个字以内，也是分享卡片的标题
title: 在这里写文章标题
# 描述：20 到 120 个字，搜索结果和分享卡片显示这段
description: 在这里用一两句话说明这篇文章讲什么，写满二十个字以上。
# 摘要：显示在标题下面，20 个字以上
summary: 在这里写摘要：发生了什么，读者能学到什么，写满二十个字以上。
# 分类：case（案例）、waybill（面单）、tips（防骗提示）、quiz（测验）、tool（工具）
category: case
# 在文章列表里的顺序
order: ${nextOrder(folder, /\.mdx$/)}
# 最后更新的日期
updated: ${today}
# 来源：content/sources/sources.yaml 里的编号。先在那里登记你用到的资料（名称、发布者、日期），
# 再把这里的编号换成它。文中提到电话、法规或案情，构建会检查有没有列出来源。
sources:
  - ${firstSource()}
# 记住这几条：3 到 5 条，每条 32 个字以内，印在这篇文章的打印单页上
remember:
  - 在这里写第一条要记住的事。
  - 在这里写第二条要记住的事。
  - 在这里写第三条要记住的事。
---

在这里写开头：一两句话说明这件事和读者有什么关系。

## 发生了什么

在这里写经过。只写来源里有的事实；只有一个来源的，写明“据某某”。

## 怎样保护自己

在这里写建议。我们自己的建议写明“本站建议”，警方的原话才写“警方提醒”。
`,
  );
} else if (kind === 'talk') {
  if (!name || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) fail(`${usage}\nThe slug is the page address: lowercase letters, digits and "-", e.g. qinghe-talk.`);
  const folder = join(root, 'talks');
  const slide = (title, notes) => `  - title: ${title}\n    words:\n      - 在这里写几个字\n    notes: ${notes}\n`;
  writeNew(
    join(folder, `${name}.yaml`),
    `# 一场讲座：每页幻灯片有标题（20 个字以内）、几行字（最多 4 行，每行 20 个字以内）和讲稿（notes）。
# 可以加图：picture: rules（记住三条）、qr（测验和模拟来电的二维码）；要显示电话，写 hotlines: [police-110]。
title: 在这里写讲座标题
description: 在这里用一两句话说明这场讲座讲什么、给谁听，写满二十个字以上。
minutes: 15
order: ${nextOrder(folder, /\.ya?ml$/)}
# 来源：content/sources/sources.yaml 里的编号
sources:
  - ${firstSource()}
slides:
${slide('在这里写第一页标题', '在这里写这一页的讲稿，照着念就行，写满二十个字以上。')}${slide('第二页', '在这里写这一页的讲稿，照着念就行，写满二十个字以上。')}${slide('第三页', '在这里写这一页的讲稿，照着念就行，写满二十个字以上。')}${slide('第四页', '在这里写这一页的讲稿，照着念就行，写满二十个字以上。')}  - title: 扫码练一练
    picture: qr
    notes: 请大家拿出手机，扫码做一个小测验，再练一遍模拟来电。
`,
  );
} else if (kind === 'hotline') {
  if (!name || !/^\d{3,12}$/.test(name)) fail(`${usage}\nThe number is digits only, e.g. 057100000000.`);
  const file = join(root, 'edition.yaml');
  const document = parseDocument(readFileSync(file, 'utf8'));
  const hotlines = document.get('hotlines');
  if (hotlines && hotlines.items?.some((item) => String(item.get('number')) === name)) fail(`${file} already lists ${name}.`);
  const entry = document.createNode({ number: name, name: '在这里写号码的名称（谁接听）', when: '在这里写什么时候拨打这个号码。' });
  entry.commentBefore = ' 本地电话：显示在 110、96110 之后，来源写“本单位提供”。不能拨打的号码加 callable: false 和 instead。';
  if (hotlines) hotlines.add(entry);
  else {
    const list = document.createNode([]);
    list.add(entry);
    document.set('hotlines', list);
  }
  writeFileSync(file, document.toString());
  console.log(`Added ${name} to ${file}. Fill in its name and when to call it, then check with: npm run build`);
} else {
  fail(usage);
}
