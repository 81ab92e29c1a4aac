import { SITE_NAME } from 'astro:env/client';
import type { CategoryId } from '../content/schemas.ts';

/**
 * Every user-facing string that is not content lives here, so wording can be reviewed in
 * one place and a future traditional-Chinese or minority-language edition is one table away.
 */
export const ui = {
  siteName: SITE_NAME,
  siteTagline: '看懂“快递丢了，加V退钱”骗局，保护好自己的快递信息',
  skipToContent: '跳到正文',
  mainNav: '主导航',
  navHome: '首页',
  navArticles: '全部文章',
  navAbout: '关于本站',
  breadcrumb: '当前位置',
  tocTitle: '本文目录',
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
    '快递面单防骗课堂的全部文章：义乌云仓木马案、隐私面单国家标准、警方防骗提醒、被骗后怎么办，以及给网店和云仓的自查清单。',
  articlesLead: '建议按顺序读：先看案件，明白骗子的信息从哪里来，再学会识破和应对。',
  tipsAtGlance: '警方提醒，一眼看懂',
  tipsMore: '看每条提醒的理由和骗子的原话',
  urgentTitle: '正在接“客服”电话？',
  urgentBody: '先挂断。用购物软件里的官方客服核实；已经转了钱，马上拨打 110。',
  allArticles: '全部文章',
  readArticle: '阅读全文',
  footerPrivacy: '本站不收集任何个人信息：没有统计代码，没有广告，不向其他网站发送请求。',
  footerHelp: '遇到诈骗：立即拨打 110 报警；拿不准时可拨打 96110 咨询。',
  footerReuse: '欢迎转载用于防骗宣传，请注明出处。',
  notFoundTitle: '没有找到这个页面',
  notFoundLead: '这个地址可能输错了，或者文章已经换了位置。下面这些页面也许能帮到你：',
  backHome: '回到首页',
  sourceLink: '查看原文',
  opensOutside: '（外部网站）',
} as const;

export const categoryLabels: Record<CategoryId, string> = {
  case: '案例',
  waybill: '面单',
  tips: '防骗提示',
  quiz: '测验',
  tool: '工具',
};
