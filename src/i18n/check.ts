/**
 * The words 查一查's script writes (the count of signs, what a button says when nothing was
 * given): the only strings it carries; everything else on the page is written at build.
 */
export const checkLive = {
  /** {count} is filled in by the browser. */
  count: '找到 {count} 个信号',
  emptyPaste: '先把那段话粘贴进上面的框里，再点“查一查”。',
  emptyCall: '先点选至少一项，再点“看结果”。',
} as const;

/** Strings of 查一查 (/check/); part of the table in ui.ts. */
export const check = {
  ...checkLive,
  pageTitle: '查一查：这是不是骗局',
  pageDescription: '收到可疑的短信、聊天，或刚接了一通可疑电话？对照常见的骗局信号查一查，再看接下来怎么做。只在你的设备上检查，不发送、不保存。',
  lead: '收到可疑短信、聊天，或刚接了可疑电话？对照常见的骗局信号查一查。',
  privacy: '只在这台设备上检查：你粘贴的字不会发出去，也不会保存，关掉页面就没了。',
  limits: '它认不出对方到底是谁，只看你给它的这段话。',
  limitsCall: '它认不出对方到底是谁，只看你点选的这些情况。',
  modesLegend: '你要查的是',
  modePaste: '短信或聊天',
  modeCall: '一通电话',
  pasteLabel: '把短信、聊天的字粘贴到这里',
  pasteHint: '长按下面的框，选“粘贴”。',
  pasteRun: '查一查',
  callLead: '对方说过、要你做过的，都点上：',
  callRun: '看结果',
  /** Where the script cannot run: the questions stay as a list to compare with. */
  noScript: '粘贴一段话来查，需要浏览器开启 JavaScript。下面的对照清单不需要：对方说过、做过下面哪一样，就对照看它是什么信号。',
  checklistMeans: '这是：',
  resultTitle: '查的结果',
  verdict: {
    high: '发现骗局信号：先停下，别照对方说的做',
    medium: '发现要当心的地方',
    low: '发现值得留意的地方',
    none: '没发现常见的骗局信号，但这不代表没有风险',
  },
  noneHow: '拿不准，就自己核实：在购物App里查这笔订单，用银行自己的App或打卡背面的电话问，或者打96110问一问。',
  weights: { high: '骗局信号', medium: '要当心', low: '留意' },
  quote: '这段话里写着：',
  basis: '依据',
  advice: '本站建议',
  adviceAndSources: '其余是本站建议',
  nextTitle: '接下来怎么做',
  nextLead: '看你已经走到了哪一步：',
  again: '再查一段',
  /** The offer in search when what was typed is a whole message, not a question. */
  fromSearch: '这像是一整段短信或聊天。',
  fromSearchButton: '查一查这段话',
  /** Links to the page from elsewhere. */
  homeLink: '收到可疑短信、电话？查一查',
  helpLink: '查一查这条短信、这通电话',
} as const;
