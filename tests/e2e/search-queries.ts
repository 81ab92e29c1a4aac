/**
 * What people type, and the page that must answer it. `top: 1` means the page must be
 * the first result; `top: 3` that it must be among the first three (for questions more
 * than one article answers well). Queries are colloquial on purpose: questions, two-
 * character words, numbers, typos, full-width digits, mixed Latin and Chinese.
 */
export interface QueryCase {
  query: string;
  page: string;
  top: 1 | 3;
}

const Y = '/articles/yiwu-case/';
const W = '/articles/privacy-waybill/';
const P = '/articles/police-tips/';
const S = '/articles/if-scammed/';
const F = '/articles/for-shops/';

export const QUERY_SET: QueryCase[] = [
  // Two-character words that Pagefind alone splits into characters.
  { query: '面单', page: W, top: 1 },
  { query: '云仓', page: Y, top: 3 },
  { query: '反诈', page: P, top: 3 },
  { query: '客服', page: P, top: 3 },
  { query: '木马', page: Y, top: 1 },
  { query: '义乌', page: Y, top: 1 },
  { query: '黎某', page: Y, top: 1 },
  // Numbers, mixed terms and full-width input.
  { query: '96110', page: P, top: 3 },
  { query: '９６１１０', page: P, top: 3 },
  { query: '12381', page: P, top: 3 },
  { query: '110', page: S, top: 3 },
  { query: 'U盘', page: Y, top: 3 },
  { query: 'Ｕ盘木马', page: Y, top: 3 },
  { query: '加V', page: P, top: 3 },
  { query: 'vx', page: P, top: 3 },
  { query: '15元', page: Y, top: 1 },
  { query: '138****5678', page: W, top: 1 },
  { query: 'GB/T 41833', page: W, top: 1 },
  // Longer words and phrases.
  { query: '隐私面单', page: W, top: 1 },
  { query: '快递电子运单', page: W, top: 1 },
  { query: '国家标准', page: W, top: 1 },
  { query: '屏幕共享', page: P, top: 3 },
  { query: '验证码', page: P, top: 3 },
  { query: '紧急止付', page: S, top: 3 },
  { query: '退款链接', page: P, top: 1 },
  { query: '原路退回', page: P, top: 3 },
  { query: '反诈中心', page: P, top: 1 },
  { query: '境外买家', page: Y, top: 1 },
  { query: '个人信息保护法', page: F, top: 1 },
  { query: '自查清单', page: F, top: 1 },
  { query: '法院判决', page: Y, top: 1 },
  // Questions as people ask them.
  { query: '快递丢了', page: P, top: 3 },
  { query: '加微信退款', page: P, top: 1 },
  { query: '被骗了怎么办', page: S, top: 1 },
  { query: '钱被骗走了怎么办？', page: S, top: 1 },
  { query: '银行卡挂失', page: S, top: 1 },
  { query: '138****5678合规吗', page: W, top: 1 },
  { query: '网店怎么保护买家信息', page: F, top: 3 },
  { query: '客服打电话说我的快递丢了要赔偿', page: P, top: 3 },
  { query: '怎么识别假客服', page: P, top: 3 },
  // Typos and other spellings.
  { query: '验证吗', page: P, top: 3 },
  { query: '屏幕分享', page: P, top: 3 },
  { query: '反炸', page: P, top: 3 },
  { query: '隐私单', page: W, top: 1 },
  // Tools, by the name people see on the home page.
  { query: '模拟来电', page: '/simulate/', top: 3 },
];

/** Words whose characters the distractor page (tests/fixtures/search/distractor.html) contains apart. */
export const DISTRACTOR_URL = '/articles/weekend-notes/';
export const DISTRACTOR_QUERIES: QueryCase[] = [
  { query: '面单', page: W, top: 1 },
  { query: '云仓', page: Y, top: 3 },
  { query: '反诈', page: P, top: 3 },
  { query: '客服', page: P, top: 3 },
  { query: '单车面单', page: W, top: 3 },
  { query: '快递丢了', page: P, top: 3 },
  { query: '验证码', page: P, top: 3 },
  { query: '屏幕共享', page: P, top: 3 },
];

/**
 * Whole questions, typed or dictated the way an older reader asks (with the punctuation
 * voice input adds), each with the page that must come first and, where one section of it
 * answers, that section: the first result must link straight to it (see rank.ts). "X是什么"
 * questions must put the glossary entry in the first two, next to the article that teaches
 * the word. Tools are asked for by what they do.
 */
export interface QuestionCase {
  query: string;
  page: string;
  /** The heading id the result links to. */
  section?: string;
  top: 1 | 2;
  /** For "X是什么": the article that teaches X, which must be in the first two as well. */
  alongside?: string;
}

export const QUESTION_SET: QuestionCase[] = [
  { query: '快递单上的电话，要藏几位？', page: W, top: 1 },
  { query: '被骗的钱还能要回来吗？', page: S, top: 1 },
  { query: '有人让我共享屏幕，怎么办？', page: S, top: 1 },
  { query: '快递丢了，对方说要赔我钱，是真的吗？', page: P, top: 1 },
  // Her question, as she typed it in WeChat (issue: the older reader on a phone).
  { query: '有人说我的快递丢了要赔钱，怎么办', page: P, top: 1 },
  { query: '客服让我加微信给我退款，可以吗？', page: P, top: 1 },
  { query: '接到96110打来的电话是真的吗', page: P, section: '接到自称96110的电话', top: 1 },
  { query: '收到12381发的短信要回复吗？', page: S, section: '还在通话或者还没转钱', top: 1 },
  { query: '骗子怎么会知道我的名字和地址？', page: Y, top: 1 },
  { query: '钱已经转出去了，应该打哪个电话？', page: S, section: '马上打110', top: 1 },
  { query: '到底该打110还是打96110？', page: S, section: '马上打110', top: 1 },
  { query: '银行卡要不要挂失', page: S, section: '挂失银行卡也联系微信支付和支付宝', top: 1 },
  { query: '对方让我下载的软件怎么处理？', page: S, section: '卸载对方让你装的软件', top: 1 },
  { query: '有人说能帮我把被骗的钱追回来', page: S, section: '之后几天当心帮你追回钱的人', top: 1 },
  { query: '138星号5678这样的面单合格吗？', page: W, section: '常见的1385678其实不达标', top: 1 },
  { query: '快递公司一定要用隐私面单吗？', page: W, section: '标准只是推荐快递公司必须照做吗', top: 1 },
  { query: '拆下来的快递单怎么处理？', page: W, section: '你自己能做什么', top: 1 },
  { query: '隐私面单能不能防住骗子？', page: W, section: '隐私面单挡不住什么', top: 1 },
  { query: '面单的国家标准叫什么？', page: W, section: '是哪一份标准', top: 1 },
  { query: '义乌那个案子判了几年？', page: Y, section: '法院判决主犯获刑4年', top: 1 },
  { query: '一条面单信息能卖多少钱？', page: Y, section: '你的信息值多少钱', top: 1 },
  { query: '仓库的电脑是怎么中的木马？', page: Y, top: 1 },
  { query: '开网店怎么防止买家信息泄露？', page: F, top: 1 },
  { query: '开网店要遵守哪些法律？', page: F, section: '九法律怎么管网店和云仓', top: 1 },
  { query: '店里的电脑变卡了，要紧吗？', page: F, section: '三电脑变卡别不当回事', top: 1 },
  { query: '我开网店的，买家信息泄露了怎么办？', page: F, section: '八万一泄露了', top: 1 },
  { query: '国家反诈中心App有什么用？', page: P, section: '国家反诈中心app', top: 1 },
  { query: '真的客服会让我转账吗？', page: P, top: 1 },
  { query: '对方让我报验证码，能报吗？', page: S, section: '还在通话或者还没转钱', top: 1 },
  { query: '客服说我开通了百万保障，要帮我关掉，是真的吗？', page: P, section: '这类骗局通常怎么走', top: 1 },
  { query: '监控拍到了什么？', page: Y, section: '监控拍下的那一夜', top: 1 },
  { query: '我收到一条短信说给我退款，让我点链接，能点吗？', page: P, top: 1 },
  { query: '报警的时候要准备些什么？', page: S, section: '打110时手边备好这些', top: 1 },
  { query: '听骗子的话借了贷款怎么办？', page: S, section: '按对方说的借过贷款', top: 1 },
  { query: '被骗以后要不要改密码？', page: S, section: '换掉密码', top: 1 },
  { query: '退款是不是原路退回？', page: P, top: 1 },
  // What a word means: the glossary entry, in the first two.
  { query: '云仓是什么？', page: '/glossary/', section: 'cloud-warehouse', top: 2, alongside: Y },
  { query: '木马是什么东西', page: '/glossary/', section: 'trojan', top: 2, alongside: Y },
  { query: '紧急止付是什么意思？', page: '/glossary/', section: 'emergency-stop-payment', top: 2, alongside: S },
  { query: '什么是虚拟号？', page: '/glossary/', section: 'virtual-number', top: 2, alongside: W },
  { query: '请问去标识化是啥意思？', page: '/glossary/', section: 'de-identification', top: 2, alongside: F },
  // Tools, by what they do.
  { query: '答题', page: '/quiz/', top: 1 },
  { query: '我想做个测试', page: '/quiz/', top: 1 },
  { query: '测一测自己会不会上当', page: '/quiz/', top: 1 },
  { query: '打印海报', page: '/print/', top: 1 },
  { query: '我想打印一些宣传单', page: '/print/', top: 1 },
  { query: '社区讲座用的幻灯片', page: '/talk/', top: 1 },
  { query: '我要给老人讲一讲防骗', page: '/talk/', top: 1 },
  { query: '练习一下怎么接骗子电话', page: '/simulate/', top: 1 },
  { query: '检查我的面单', page: '/tools/waybill/', top: 1 },
  { query: '看看我的快递单打码够不够', page: '/tools/waybill/', top: 1 },
  { query: '名词解释', page: '/glossary/', top: 1 },
];

/**
 * Questions written after the ranking was tuned, and never tuned against: `npm run bench`
 * reports how many find their page first, as an honest measure of questions nobody has
 * tried yet. Not asserted; when one is fixed, move it to QUESTION_SET and write new ones.
 */
export const UNTUNED_QUESTIONS: { query: string; page: string }[] = [
  { query: '骗子是从哪里拿到我的信息的', page: Y },
  { query: '银行的人会不会让我转账', page: P },
  { query: '被骗了多久之内报警还有用', page: S },
  { query: '隐私面单是从哪一年开始实施的', page: W },
  { query: '给我打电话的人说能双倍赔偿', page: P },
  { query: '面单上的地址要不要藏', page: W },
  { query: '怎么卸载骗子让我装的软件', page: S },
  { query: '骗子让我开屏幕共享，我已经开了怎么办', page: S },
  { query: '对方知道我买了什么，是不是真客服', page: P },
  { query: '家里老人接到快递理赔电话怎么办？', page: P },
  { query: '网店要不要跟云仓签合同', page: F },
  { query: 'U盘插到电脑上会中木马吗', page: F },
  { query: '快递丢了找谁赔', page: P },
  { query: '二次诈骗是什么', page: '/glossary/' },
];
