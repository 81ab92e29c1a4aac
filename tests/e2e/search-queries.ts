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
