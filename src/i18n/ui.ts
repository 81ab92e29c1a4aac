import type { CategoryId } from '../config/categories.ts';
import { check } from './check.ts';
import { reading } from './reading.ts';
import { waybillCheck, waybillTool } from './waybill-tool.ts';

// Sections that browser scripts use live in their own files, so a script downloads only
// its own strings; the table below still holds every string in one place.
export { check, reading, waybillCheck, waybillTool };

/**
 * Every user-facing string that is not content lives here, so wording can be reviewed in
 * one place and a future traditional-Chinese or minority-language edition is one table away.
 */
export const transcript = {
  defaultTitle: '一通电话',
  illustration: '示意：本站编写，不是真实录音',
  /** The word the mark is made of, which a title must not repeat. */
  illustrationWord: '示意',
  speakers: { scammer: '来电者', victim: '你', note: '说明' },
} as const;

export const price = {
  unit: '单位：元/条',
  tableCaption: '价格数据（单位：元/条）',
  kind: '类别',
  low: '最低价',
  high: '最高价',
  yuan: (amount: string) => `${amount} 元`,
  perRecord: (amount: string) => `${amount} 元/条`,
} as const;

export const waybill = {
  brand: '示例快递',
  service: '标准快递',
  sampleTracking: '示例单号',
  recipient: { role: '收件人', mark: '收' },
  sender: { role: '寄件人', mark: '寄' },
  name: '姓名',
  phone: '电话',
  address: '地址',
  compareCaption: '同一张面单的三种打法',
  badges: { full: '信息完整（未打码）', common: '常见打码（不达标）', compliant: '隐私面单（符合国标）' },
  captions: {
    full: '没有打码：姓名、手机号、门牌号都能看到，谁看到这张单子，就知道这些信息。',
    common: '常见打码：手机号只藏了中间 4 位，单元户室号还在，不符合国家标准。',
    compliant: '符合国标：姓名至少藏 1 个字，手机号至少藏 6 位，单元户室号全部隐藏。',
  },
  hiddenName: (count: number) => `（已隐藏${count}个字）`,
  hiddenDigits: (count: number) => `（已隐藏${count}位数字）`,
  hiddenAddress: '（楼栋、单元和户室号已隐藏）',
} as const;

export const quiz = {
  pageTitle: '防骗小测验',
  pageDescription: '10 道题（也可以只做 5 道）：骗子为什么知道你的订单？哪张面单合规？这通电话是真是假？答完马上看解析，记住三条防骗要点。',
  lead: '每次从题库里随机抽题，案例、面单、骗局话术、防骗要点、被骗后怎么办，各个方面都会考到。答完一题马上告诉你对错和理由。',
  topics: { case: '案例', waybill: '面单', scam: '骗局话术', tips: '防骗要点', after: '被骗之后' },
  start: (size: number) => `开始测验（${size} 题）`,
  quickStart: (size: number) => `快速测一测（${size} 题）`,
  resumeNote: '已经接着你上次的进度。',
  restart: '重新开始',
  clear: '清除我的测验记录',
  cleared: '测验记录已清除。',
  storageNote: '答题进度只保存在这台设备的浏览器里，不会上传。',
  /** {current} and {total} are filled in by the browser. */
  progress: '第 {current} 题，共 {total} 题',
  submit: '确定',
  next: '下一题',
  finish: '看成绩',
  chooseFirst: '请先选一个答案。',
  right: '答对了！',
  wrong: '答错了。',
  yourChoice: '你的选择',
  correctChoice: '正确答案',
  multipleHint: '（多选）',
  trueOption: '对',
  falseOption: '错',
  scamOption: '是骗局',
  realOption: '是真的',
  waybillOption: (n: number) => `第 ${n} 张面单`,
  solution: '看答案和解析',
  answerIs: '正确答案：',
  learnMore: '想多了解：',
  resultTitle: '你的成绩',
  /** {correct} and {total} are filled in by the browser. */
  score: '{total} 题答对 {correct} 题',
  perfect: '全部答对！把下面的成绩卡分享给家里人吧。',
  good: '很不错。下面是答错的题，看看解析再巩固一下。',
  tryHarder: '没关系，下面是答错的题和解析，看完再试一次。',
  reviewTitle: '答错的题',
  readNextTitle: '接下来读这些',
  practise: '光知道还不够：到“模拟来电”里把骗子的电话练一遍',
  retry: (size: number) => `再测一次（${size} 题，换一批题）`,
  bankTitle: '全部题目',
  bankLead: '下面是题库里的全部题目。每题的答案和解析藏在“看答案和解析”里，点开就能看到。',
  noScript: '测验的自动评分需要浏览器开启 JavaScript。没开也没关系：下面列出了全部题目，每题都可以点开看答案和解析。',
  cardTitle: '防骗小测验成绩卡',
  cardRulesTitle: '记住三条',
  /** {site}: the edition's name. */
  cardQrLabel: '扫码打开{site}',
  cardSave: '生成成绩卡图片',
  cardSaveHint: '长按图片可以保存或发给家人。',
  cardImageAlt: '防骗小测验成绩卡：{total} 题答对 {score} 题',
  scenario: {
    call: '来电',
    sms: '短信',
    wechat: '微信聊天',
    'friend-request': '好友申请',
    them: '对方',
    me: '你',
    illustration: '示意',
  },
} as const;




export const simulate = {
  pageTitle: '模拟来电',
  pageDescription: '骗子的电话来之前，先在这里练一遍：“快递丢了要赔钱”、退款短信、挂断后又打来，还有一通自称96110的来电。每一步由你来选。',
  lead: '每个练习是一段对话，每一步由你来选，选完马上告诉你这一步意味着什么。练习不会打出电话，也不会发出任何信息。',
  listTitle: '选一个练习',
  minutes: (n: number) => `约 ${n} 分钟`,
  start: '开始练习',
  finished: '已练过',
  illustration: '示意',
  illustrationNote: '对方说的话和屏幕上的号码、链接、金额，都是我们编写的示意，不是真实来电的原话。',
  channels: {
    call: '来电',
    sms: '短信',
    wechat: '微信聊天',
    'friend-request': '好友申请',
    'screen-share': '屏幕共享请求',
    payment: '网页',
    app: '购物App',
  },
  ask: '你会怎么做？',
  youChose: '你选了：',
  verdicts: { risky: '这一步有风险', careful: '这一步做得对' },
  signLabel: '看清这一步',
  learnMore: '想多了解：',
  continue: '继续',
  back: '上一步',
  restart: '从头再来',
  /** {step} is filled in by the browser. */
  progress: '第 {step} 步',
  progressLabel: '离结局还有多远',
  ending: (title: string) => `结局：${title}`,
  decidedTitle: '这几步决定了结局',
  seenTitle: '你做对的',
  missedTitle: '你错过的信号',
  rulesTitle: '记住三条',
  readOnTitle: '接着读',
  another: '换一个练习',
  readAloud: '读出对方的话',
  storageNote: '练过哪些只记在这台设备的浏览器里，不会上传。',
  noScript: '没开 JavaScript 也能练：点一个选项，就会跳到它的解说，再点“继续”往下走。',
  fromHome: '在模拟来电里练一练',
  forArticle: '练一练：',
} as const;

export const print = {
  pageTitle: '宣传资料：打印和张贴',
  pageDescription: '可以直接打印的防骗资料：每篇文章一页的单页、两张A4海报、一张能裁成名片大小的钱包卡片。内容和网站同步。',
  lead: '给社区民警、邮局和社区中心的工作人员、志愿者：下面的资料都按A4纸排好，打印出来就能发、能贴。内容和网站上的文章同步，文章改了，打印的也跟着改。',
  howTitle: '怎么打印',
  how: [
    '打开要打印的那一页，按 Ctrl+P（手机上在浏览器菜单里选“打印”）。',
    '纸张选 A4，缩放选“实际大小”或 100%，不要选“适合页面”。',
    '想先存一份电子版，打印机那里选“另存为 PDF”。',
    '黑白打印也看得清：没有哪条信息只靠颜色来表达。',
  ],
  /** The same section on a kiosk, which cannot print: nothing there tells a visitor to press keys. */
  kioskHow: ['这台一体机不能打印，这里的资料可以先看一看。', '要打印，请在连着打印机的电脑上打开本网站，进入“宣传资料”这一页。'],
  postersTitle: '海报',
  cardsTitle: '钱包卡片',
  onePage: '打印一页（A4）',
  twoPages: '打印两页（A4，正反面）',
  localSite: '注意：这次构建没有设置网站地址（SITE_URL），二维码和链接指向的是这台电脑（{site}），别人扫了打不开。正式打印前，请用真实网址重新构建。',
  screenHint: '这是打印预览。按 Ctrl+P 打印，纸张选 A4，缩放选“实际大小”。',
  kioskScreenHint: '这是打印预览。这台一体机不能打印；要打印，请在连着打印机的电脑上打开本网站的这一页。',
  back: '回到宣传资料',
  printButton: '打印',
  /** The organisation's block on every printable (content/edition.yaml); {copies} is its `copies`, {url} the /print/ page's address. */
  organisation: {
    copies: '要更多份：{copies}',
    copiesOnline: '要更多份：打开 {url} 打印',
  },
  forArticle: '打印这篇的单页（A4）',
  /** {title} is the article's. */
  factSheetDescription: '可以打印的A4单页：{title}。上面有要记住的几条、求助电话和读全文的二维码。',
} as const;

export const talk = {
  pageTitle: '讲座',
  pageDescription: '现成的社区防骗讲座：字少图大的幻灯片，每页附讲稿，投到电视或投影上放，没讲过的志愿者也能照着讲。',
  lead: '给社区民警和志愿者：下面是现成的讲座。每页幻灯片字很少、图很大，每页都附着讲稿。在电脑上打开，接到电视或投影上全屏放映，不联网也能用。',
  meta: (minutes: number, slides: number) => `约 ${minutes} 分钟，${slides} 页`,
  howTitle: '怎么讲',
  how: [
    '打开讲座，点“全屏”（或按 F 键），把画面投到电视或投影上。',
    '翻页：按 → 或空格到下一页，按 ← 回上一页；翻页笔也能用。手机和平板上左右滑动。',
    '点“讲稿”（或按 S 键）显示这一页的讲稿，照着念就行。',
    '没开 JavaScript 时，整场讲座是一张长页面：每页幻灯片下面紧跟着讲稿。',
    '讲完后，请听众扫最后一页的二维码，在手机上做测验、练模拟来电。',
  ],
  previous: '上一页',
  next: '下一页',
  notesToggle: '讲稿',
  notesTitle: '讲稿',
  fullscreen: '全屏',
  presenter: '演讲者视图',
  keys: '翻页：→ 或空格下一页，← 上一页；S 显示讲稿，F 全屏，P 打开演讲者视图（另开一个窗口，两边同步翻页）。',
  /** The presenter view: the time now, how long the talk has run, and the slide that comes next. */
  clock: '现在 {time}',
  elapsed: '已讲 {time}',
  nextSlide: '右上角是下一页',
  lastSlide: '这是最后一页',
  caller: '陌生号码',
  before: '改之前：信息全露着',
  after: '改之后：合格的隐私面单',
  scanQuiz: '扫码做防骗小测验',
  scanSimulate: '扫码练“模拟来电”',
  scanCheck: '收到可疑短信、电话，扫码查一查',
  fromPrint: '讲座：投到电视或投影上讲，每页附讲稿',
} as const;

export const kiosk = {
  attractLead: '接到“快递丢了，要赔钱”的电话？先来这里看一看。',
  start: '点一下开始',
  hotlinesTitle: '遇到诈骗，记住这些电话',
  stillThere: '还在吗？',
  countdown: '{seconds} 秒后回到首页，并清除刚才填写的内容。',
  stay: '我还在，继续看',
  home: '回到首页',
  barLabel: '一体机导航',
  scanToRead: '用手机扫码继续阅读',
  callFromPhone: '请用手机拨打',
  /** On the attract screen of a kiosk built without SITE_URL: for whoever set the kiosk up. */
  localSite: '给管理员：这台一体机构建时没有设置网站地址（SITE_URL），屏幕上的二维码指向 {site}，用手机扫了打不开。请设置 SITE_URL 后重新运行 npm run build:kiosk。',
} as const;

export const wechat = {
  pageTitle: (title: string) => `复制到公众号：${title}`,
  pageDescription: '把本站文章放进微信公众号：预览排版，一键复制，粘贴到公众号编辑器里就能用。',
  lead: '点下面的按钮，再到公众号编辑器里粘贴。排版全部写在文字里，链接已经改成文末的编号注释，互动部分换成了二维码。',
  copy: '复制到公众号',
  copied: '已复制。请到公众号编辑器里粘贴。',
  copyFailed: '这个浏览器不能自动复制。请在下面的预览里全选（Ctrl+A）后复制（Ctrl+C）。',
  preview: '公众号排版预览（677 像素宽）',
  back: '回到文章',
  tryIt: '这里是互动内容：扫码或点击“阅读原文”，在网站上亲手试一试。',
  footnotes: '文中链接',
  practise: '扫码体验模拟来电：',
  /** {site}: the edition's name. */
  credit: '本文来自{site}，欢迎转发。原文：',
  /** The credit when the edition names its publisher: {site}, {organisation}. */
  creditWithOrganisation: '本文来自{site}（{organisation}），欢迎转发。原文：',
  noScript: '复制按钮需要 JavaScript。也可以在预览里全选后复制。',
  forEditors: '公众号编辑：把这篇文章复制到公众号',
  /** On /wechat/ pages of a build without SITE_URL: the post's images would point at the building computer. */
  localSite: '注意：这次构建没有设置网站地址（SITE_URL），复制出去的图片和二维码指向这台电脑（{site}），读者看不到。发公众号前，请用真实网址重新构建。',
  stepsTitle: '发一篇公众号文章，照这几步做',
  steps: [
    '点“复制到公众号”，到公众号编辑器的正文里粘贴。',
    '粘贴后哪张图片没出来，就在下面下载本文图片（ZIP），按编号找到那一张，上传到原来的位置。',
    '在下面复制标题和摘要，分别粘贴到编辑器的标题栏和摘要栏。',
    '下载两张封面：宽的（2.35:1）做文章封面，方的（1:1）做转发时的小图。',
    '复制原文链接，粘贴到编辑器的“原文链接”一栏。',
    '发出前点“预览”，用手机扫一扫文中的二维码，确认能打开。',
  ],
  postTitle: '标题、摘要、封面和原文链接',
  fields: { title: '标题', summary: '摘要（120 字以内）', original: '原文链接', covers: '封面', images: '全部图片' },
  downloadImages: '下载本文图片（ZIP：正文里的图片，按出现顺序编号）',
  /** {title}: the article's title, when its body has no images (the covers are above). */
  noBodyImages: '《{title}》正文里没有图片，只需上传上面的两张封面。',
  copyField: '复制',
  copiedField: '已复制',
  copyFieldFailed: '没复制上，请手动选中后复制',
  coverWide: '文章封面（2.35:1，900×383）',
  coverSquare: '转发小图（1:1，600×600）',
} as const;

export const search = {
  open: '搜索',
  pageTitle: '搜索',
  /** {site}: the edition's name. */
  pageDescription: '在{site}里搜索：输入几个字，比如“快递丢了”“隐私面单”“96110”，或者直接问一句话，找到讲这件事的文章和段落。',
  label: '搜索本站文章',
  placeholder: '可以直接问，例如：快递丢了怎么办',
  submit: '搜索',
  close: '关闭搜索',
  dialogTitle: '搜索本站',
  suggestions: '大家常搜',
  /** The kiosk has no keyboard: its search is these questions. */
  questions: '点一个问题，看看哪几篇文章讲到',
  results: '搜索结果',
  loading: '正在搜索……',
  /** {count} and {query} are filled in by the browser. */
  found: '找到 {count} 篇和“{query}”有关的文章。',
  none: '没有找到和“{query}”有关的内容。',
  noneHelp: '可以试试：少打几个字，只留关键词（比如“面单”“验证码”）；换一种说法；或者点上面的常搜词。也可以直接看下面的文章：',
  failed: '搜索暂时用不了。请刷新页面再试，或者直接看下面的文章：',
  inSection: '相关段落',
  /** The button under the results of a large site, which shows the next few. */
  more: '更多结果',
  /**
   * Above that button. {count}: pages the search engine found for the words but has not read
   * yet; some may turn out not to have them as written, so it says "may".
   */
  moreLeft: '还有 {count} 个页面可能也有关。',
  /** When the next pages read held none of the words as written. */
  moreNone: '这一批页面里没有新的结果。',
  /** When the next pages could not be fetched (offline, say); the button stays for another try. */
  moreFailed: '没能读出更多结果，请稍后再点一次“更多结果”。',
  /** {section} is the heading of the part of the page that answers the question. */
  answerIn: '答案在“{section}”这一节',
  /** Beside a result that is the page being read. */
  here: '本页',
  noScript: '搜索需要浏览器开启 JavaScript。没关系，下面是最该先读的几篇，点标题就能阅读；其余的在“全部文章”里按顺序列出。',
  allArticles: '不想打字？先读这几篇',
  /** The same list on the kiosk, where nobody types. */
  startHere: '也可以先读这几篇',
  keyboardHint: '按 ↓ 键可以在结果之间移动，按回车打开，按 Esc 关闭。',
} as const;

export const glossary = {
  pageTitle: '术语表',
  pageDescription: '云仓、木马、屏幕共享、隐私面单、加V、96110、紧急止付……本站文章里可能看不懂的词，这里用一两句大白话讲清楚。',
  lead: '文章里第一次出现这些词时，下面带虚线的词可以点开，跳到这里的解释。按拼音排序。',
  readMore: '详细看：',
  source: '依据：',
} as const;

/** The whole table; browser scripts import only the sections they need, so the rest stays out of their bundles. */
export const ui = {
  siteTagline: '看懂“快递丢了，加V退钱”骗局，保护好自己的快递信息',
  /** The line under the site name on the share card shown when a page is shared. */
  shareCardTagline: '“快递丢了，加V退钱”？先挂断，再核实',
  skipToContent: '跳到正文',
  mainNav: '主导航',
  menu: '菜单',
  /** The help in the header of every page: the numbers to call, one tap away. */
  helpNow: { open: '求助', title: '正在接这种电话？', lead: '先挂断，再看情况打下面的电话。' },
  navPrint: '打印资料',
  navTalk: '讲座',
  /** Home's three doors, one for each kind of visitor. */
  doors: {
    title: '从你的情况开始',
    buyer: { title: '我在网上买东西', lead: '看懂骗子为什么知道你的订单，再练一遍接电话。', read: '从这里开始读', practise: '练一练接电话' },
    shop: { title: '我开网店、管仓库', lead: '怎样护住买家的信息，面单藏得够不够，一张贴在店里的海报。', tool: '检查面单藏得够不够', poster: '网店海报' },
    teach: { title: '我要给大家讲防骗', lead: '现成的讲座和讲稿，能打印的海报、单页和小卡片。' },
    /** The line on the about page that leads those who spread the site to the same two pages. */
    forSpreaders: '给宣传防骗的人：',
  },
  navHome: '首页',
  navArticles: '全部文章',
  navAbout: '关于本站',
  navQuiz: '小测验',
  navTips: '防骗要点',
  navGlossary: '术语表',
  breadcrumb: '当前位置',
  tocTitle: '本文目录',
  /** The box at the top of every article: its `remember` lines, before anything else. */
  rememberTitle: '先记住',
  readingTime: (minutes: number) => `约 ${minutes} 分钟读完`,
  updatedOn: (date: string) => `更新于 ${date}`,
  sourcesTitle: '信息来源',
  sourcesNote: '本文事实均来自以下公开资料；只有一个来源的说法，正文已注明出处。',
  previousArticle: '上一篇',
  nextArticle: '下一篇',
  articleNav: '继续阅读',
  startHere: '从这里开始',
  startHereLead: '按顺序读这几篇，十几分钟就能弄明白骗子的信息从哪里来、怎样识破、被骗了怎么办。',
  articlesDescription:
    /** {site}: the edition's name. */
    '{site}的全部文章：义乌云仓木马案、隐私面单国家标准、警方防骗提醒、被骗后怎么办，以及给网店和云仓的自查清单。',
  articlesLead: '建议按顺序读：先看案件，明白骗子的信息从哪里来，再学会识破和应对。',
  /** The pages of /articles/ when there are more articles than fit one page. */
  articlePages: {
    nav: '文章分页',
    pageTitle: '全部文章（第 {page} 页）',
    range: '第 {from} 到第 {to} 篇，共 {count} 篇。',
    count: '共 {count} 篇文章，分 {pages} 页：',
    previous: '上一页',
    next: '下一页',
  },
  tipsAtGlance: '防骗要点，一眼看懂',
  tryIt: '动手试一试',
  tryQuiz: '防骗小测验：10 道题，答完马上看解析，测测你能不能识破“快递丢了要赔钱”的骗局。',
  trySimulate: '模拟来电：骗子的电话来之前先练一遍。“快递丢了要赔钱”、退款短信、自称96110的来电，每一步由你来选。',
  tryWaybill: '隐私面单小工具：输入姓名、电话、地址，看看哪些该藏；或者检查你手里的面单打码够不够。',
  tipsMore: '看每条要点的理由，和骗子常用的说法（示意）',
  urgentTitle: '正在接“客服”电话？',
  urgentBody: '先挂断，再自己打开购物App，在订单里联系商家核实。已经转了钱，马上报警：打下面的“报警电话”。',
  allArticles: '全部文章',
  /** {count} is the number of articles. */
  allArticlesCount: '查看全部 {count} 篇文章',
  /** The home page's list of the latest updates. */
  recent: { title: '最近更新', updated: '更新于 {date}', feed: '订阅更新（RSS）' },
  /** How the site may be reused (content/upstream.yaml). */
  licence: {
    content: '文章、题目、讲稿和打印资料以“{licence}”许可发布：可以转载、改编，用于任何目的，只要注明出处。',
    read: '许可全文',
    code: '网站代码以 {licence} 许可开源。',
    attribution: '本版本改编自公益项目“{original}”，其内容以“{licence}”许可发布。',
  },
  /** The edition's publisher and where to send corrections (content/edition.yaml). */
  edition: { publishedBy: '本版本由{organisation}发布。', contact: '发现错误或有疑问，请告诉我们：{contact}' },
  footerPrivacy: '本站不收集任何个人信息：没有统计代码，没有广告，不向其他网站发送请求。',
  /** The help line at the foot of every page, one sentence per number to call (content/hotlines/ `brief`, or its name). */
  footerHelp: '{brief}：拨打 {number}。',
  footerReuse: '欢迎转载用于防骗宣传，请注明出处。',
  /** Shown, instead of a reload, on a page holding the reader's work when a new version of the site arrives. */
  updateReady: '有新版本，点这里更新',
  /**
   * /offline/: where the reader saves the offline copy, and the page the offline copy shows
   * for a page this device has not saved.
   */
  offline: {
    title: '离线版：没网也能看',
    lead: '把本站存在手机上，没有网络的时候也能打开。',
    notSavedNote: '如果你是没联网时来到这一页的：你要打开的那一页还没存在这台设备上，等连上网再打开就行。',
    availableTitle: '离线版里有这些页面',
    visitedNote: '你联网时看过的其他文章，不联网也能再打开。',
    /** The control that saves the copy: only where the browser can keep one. */
    save: '保存离线版，没网也能看',
    size: '大约要下载 {size}。用手机流量的话，最好连上无线网再保存。',
    saving: '正在保存，请不要关掉这一页……',
    saved: '离线版已经存在这台设备上了。没有网络时，下面列出的页面都能打开。',
    failed: '没有保存成功。等网络好一些，再点一次。',
    /** Where the browser cannot keep a copy (the in-app browser of WeChat on iPhones). */
    unsupported: '这个浏览器存不了离线版。在微信里，可以点右上角的“…”，选“在浏览器打开”，再来这一页保存。',
    /** The link to /offline/ in the menu. */
    menuLink: '保存离线版，没网也能看',
    pages: {
      home: '首页',
      articles: '全部文章（目录）',
      quiz: '防骗小测验',
      waybill: '隐私面单小工具',
      simulate: '模拟来电',
      talk: '讲座',
      glossary: '术语表',
      search: '搜索（只能搜到看过的内容）',
      check: '查一查：这是不是骗局',
      about: '关于本站',
    },
  },
  notFoundTitle: '没有找到这个页面',
  notFoundLead: '这个地址可能输错了，或者文章已经换了位置。下面这些页面也许能帮到你：',
  backHome: '回到首页',
  sourceLink: '查看原文',
  opensOutside: '（外部网站）',
  tableRegion: '表格（可左右滑动）',
  callout: { note: '说明', tip: '小贴士', warning: '警告' },
  transcript,
  price,
  waybill,
  quiz,
  waybillTool,
  check,
  waybillCheck,
  hotline: { call: '拨打', when: '什么时候', what: '它做什么', source: '来源', providedBy: '本单位提供（{organisation}）' },
  search,
  reading,
  wechat,
  simulate,
  print,
  talk,
  kiosk,
  glossary,
  tip: {
    scammerSays: '骗子可能这样说（示意）',
    truth: '真相是',
    police: (source: string) => `警方提醒 · 来源：${source}`,
    advice: '本站建议，根据公开的防骗资料整理',
    policeMark: '警方提醒',
    adviceMark: '本站建议',
  },
} as const;

export const categoryLabels: Record<CategoryId, string> = {
  case: '案例',
  waybill: '面单',
  tips: '防骗提示',
  quiz: '测验',
  tool: '工具',
};

export const feed = {
  /** {site} is the edition's name. */
  description: '{site}的文章，最近更新的在前。',
} as const;
