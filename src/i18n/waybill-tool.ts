/**
 * The tool's words the browser writes as the reader types (a field's status, the summary
 * read out): the only strings its script carries, so the rest of the page's words, written
 * once at build time, cost a phone nothing to download.
 */
export const waybillToolLive = {
  after: '隐私面单',
  /** The word for each field status; the marks ✓ ! ✗ only repeat it. */
  status: { ok: '符合', warn: '请留意', fail: '不符合' },
  summaryPass: '这张面单符合国家标准的要求。',
  summaryWarn: '这张面单符合国家标准的要求；不过地址里还有可能指向你家的数字，最好也藏起来。',
  /** {count} is filled in by the browser. */
  summaryFail: '这张面单有 {count} 项不符合国家标准。',
} as const;

/** Strings of the privacy-waybill tool and its checker; part of the table in ui.ts. */
export const waybillTool = {
  ...waybillToolLive,
  pageTitle: '隐私面单小工具',
  pageDescription: '输入姓名、电话和地址，看看符合国家标准的隐私面单应该藏起哪些信息；也可以对照自己手里的快递面单，检查它打码够不够。',
  lead: '推荐性国家标准 GB/T 41833-2022 要求快递公司和电商经营者做到：姓名至少藏 1 个字，电话至少藏 6 位，单元户室号不能露出来。常见的 138****5678 只藏了 4 位，并不达标。在这里自己试一试。',
  privacy: '你输入的内容只在这台设备上处理：不上传、不保存，关掉页面就没有了。',
  noScript: '这个小工具需要浏览器开启 JavaScript。下面的示例面单不需要，可以直接看。',
  modes: '选择要做的事',
  modeMake: '生成隐私面单',
  modeCheck: '检查我的面单',
  makeHelp: '填入收件信息（已经填好一个虚构的例子，可以直接改），下面会同时画出原样的面单和隐私面单。',
  checkHelp: '照着你手里快递面单上印的样子输入，星号、× 之类的打码符号也照样输入。',
  /** The kiosk has no keyboard: the visitor taps one of the made-up labels instead. */
  pickMake: '点一张面单（都是编的），看它打成隐私面单是什么样',
  pickCheck: '点一张打了码的面单（都是编的），看它藏得够不够',
  name: '姓名',
  phone: '电话',
  address: '地址',
  before: '原样打印（信息完整）',
  rulesTitle: '对照国家标准',
  adviceTitle: '接下来可以这样做',
  advice: [
    '网购时，看看购物App里有没有“隐私面单”或“号码保护”之类的选项，有就打开；没有的，可以请商家用隐私面单发货。',
    '开网店、做云仓的：在电子面单或打单软件的设置里打开隐私面单；找不到这项设置，就问你用的电商平台或快递网点。',
    '拆完快递，把面单撕下来撕碎，或者用笔涂黑，再扔纸箱。',
    '就算面单打了码，接到说得出你订单的“客服”电话，也先挂断，再自己到购物App的订单里联系商家核实。',
  ],
  labelRecipient: '收件人',
  staticExamples: '同一张面单的三种打法',
  readMore: '读一读：隐私面单是怎么规定的',
} as const;

/**
 * What each verdict of checkWaybill() means, in plain words: one entry per verdict code
 * (src/lib/waybill.ts). {hidden} is the count concealed; {shown} the parts still readable.
 */
export const waybillCheck = {
  'name-hidden': '姓名藏起了 {hidden} 个字，符合“至少藏 1 个字”的要求。',
  'name-empty': '标签上没有印姓名，姓名不会从这里泄露。',
  'name-shown': '姓名一个字都没有藏。国家标准要求至少藏起 1 个字，比如印成“张*”。',
  'phone-hidden': '电话藏起了 {hidden} 位数字，符合“至少藏 6 位”的要求。',
  'phone-all-hidden': '电话号码全部藏起来了，从标签上看不出来。',
  'phone-virtual': '这是一个带分机号的虚拟号：快递员拨它会转接到收件人，真实手机号没有印在面单上。国家标准建议采用这种办法。',
  'phone-empty': '标签上没有印电话，电话不会从这里泄露。',
  'phone-none-hidden': '电话一位数字都没有藏，整个号码都能看到。国家标准要求至少藏起 6 位。',
  'phone-too-few': '电话只藏了 {hidden} 位数字。国家标准要求至少藏起 6 位；常见的 138****5678 只藏了 4 位，也不达标。',
  'address-ok': '地址里看不到单元号、户号和房间号。',
  'address-unit-shown': '地址里还能看到“{shown}”。国家标准要求把单元号、户号和房间号藏起来。',
  'address-maybe-unit': '地址里还能看到“{shown}”。它可能是楼层、房间号或门牌号，标准没有明说，但隐私面单最好也把它藏起来。',
} as const;
