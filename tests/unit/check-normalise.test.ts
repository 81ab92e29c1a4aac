import { describe, expect, it } from 'vitest';
import { readText } from '../../src/lib/check/normalise.ts';
import { check, reading } from './check-content.ts';

const compact = (text: string) => readText(text, reading.characters).compact;

describe('查一查 reads a message the way a person does', () => {
  it('reads full-width letters and digits as half-width, lower case', () => {
    expect(compact('加ＶＸ：ＡＢＣ１２３')).toBe('加vxabc123');
  });

  it('drops spaces and symbols inside words', () => {
    expect(compact('加 微-信，验*证*码')).toBe('加微信验证码');
    expect(compact('屏 幕 共 享')).toBe('屏幕共享');
  });

  it('drops emoji and zero-width characters', () => {
    expect(compact('加微\u200b信')).toBe('加微信');
    expect(compact('加\u2060V\ufeff信')).toBe('加v信');
    expect(compact('验证🔑码')).toBe('验证码');
  });

  it('reads "+V" as 加V', () => {
    expect(compact('+V：abc')).toBe('加vabc');
    expect(compact('有事 + 薇')).toBe('有事加薇');
    expect(compact('1+1=2')).toBe('112');
  });

  it('reads the traditional forms of the characters the signs use, generated from OpenCC at build', () => {
    expect(compact('請把驗證碼發給我')).toBe('请把验证码发给我');
    expect(compact('轉賬到安全賬戶')).toBe('转账到安全账户');
    expect(compact('退款鏈接')).toBe('退款链接');
    // Only the signs' characters are mapped: the browser gets a small table, not a dictionary.
    expect(Object.keys(reading.characters).length).toBeGreaterThan(50);
    expect(Object.keys(reading.characters).length).toBeLessThan(800);
    expect(Object.values(reading.characters).every((simplified) => [...simplified].length === 1)).toBe(true);
  });

  it('reads shorthand as the words it stands for, only as a whole run of letters', () => {
    const read = (text: string) => readText(text, reading.characters, reading.shorthand).compact;
    expect(read('平台已为您安排tk捌拾玖元')).toBe('平台已为您安排退款捌拾玖元');
    expect(read('把 yzm 发我')).toBe('把验证码发我');
    expect(read('提供一下 ka号 和 mi码')).toBe('提供一下卡号和密码');
    // Inside an address or an account name, letters are not shorthand.
    expect(read('打开 pddtk0000 点 com')).toBe('打开pddtk0000点com');
    expect(read('加 tkabc')).toBe('加tkabc');
    // Where a sign quotes shorthand read as longer words, it quotes what the reader typed.
    expect(check('亲，需要您提供一下 ka号 和 mi码').find((sign) => sign.id === 'asks-card')?.quote).toContain('mi码');
  });

  it('reads a phone number spelled out in characters, digit by digit', () => {
    const ids = (text: string) => check(text).map((sign) => sign.id);
    expect(ids('请速回电 幺三九 零零零零 八八二六 处理')).toContain('call-number');
    expect(ids('请回电，一二三四五六')).not.toContain('call-number');
  });

  it('sees a chat account in a message typed in pinyin, where only a space sets the app apart', () => {
    const high = check('qin, nin de kuai di diu le, ke yi gei nin pei fu, jia wo v: kf0000pei').filter((sign) => sign.weight === 'high');
    expect(high.map((sign) => sign.id)).toContain('add-chat');
  });

  it('keeps where each character came from, so a sign quotes the reader\'s own words', () => {
    const found = check('客服：请把驗 證 碼發給我，马上到账');
    expect(found.find((sign) => sign.id === 'asks-code')?.quote).toBe('驗 證 碼發給我');
  });

  it('sees links and phone numbers through spaces and full-width forms', () => {
    expect(readText('点击 ｔ．ｃｎ／Ａｂ３ 领取', reading.characters).loose).toContain('t.cn/ab3');
    const ids = (text: string) => check(text).map((sign) => sign.id);
    expect(ids('退款请点 t . cn/xYz12 办理')).toContain('refund-link');
    expect(ids('请回电 138 1234 5678')).toContain('call-number');
    // A tracking number is no phone number, and the hotlines are not "a number the caller gives".
    expect(ids('您的快递单号SF1381234567890已签收')).not.toContain('call-number');
    expect(ids('拿不准就打96110')).not.toContain('call-number');
  });

  it('sees a link whose dot is written as 点, dot, 。 or [.], but not a time before a word', () => {
    const ids = (text: string) => check(text).map((sign) => sign.id);
    for (const link of ['lp-xb点top/c', 'xb-lipei dot cn', 'tk0000。com', 'tk0000[.]vip']) {
      expect(ids(`理赔请登录 ${link} 填写资料`), link).toContain('refund-link');
    }
    expect(ids('退款已原路退回，请在10点app内查看')).not.toContain('has-link');
    expect(ids('下午3点me和你说退款的事')).not.toContain('has-link');
  });
});

describe('查一查 reads a warning as a warning', () => {
  const high = (text: string) => check(text).filter((sign) => sign.weight === 'high').map((sign) => sign.id);

  it('a bank code text that says not to tell anyone shows no high sign', () => {
    expect(high('【某某银行】验证码385912，用于登录手机银行，请勿告诉他人，工作人员不会索要。')).toEqual([]);
  });

  it('someone asking for the code does', () => {
    expect(high('客服：您手机收到的验证码念一下给我，我这边给您登记退款')).toContain('asks-code');
  });

  it('an anti-fraud reminder lists the steps without asking for them', () => {
    expect(high('警方提醒：不点退款链接，不共享屏幕，不报验证码，不给陌生人转账。')).toEqual([]);
  });

  it('asking the reader to install the police\'s own app is not the install sign', () => {
    expect(high('请下载国家反诈中心App，开启来电预警。')).toEqual([]);
  });

  it('an everyday request between people who know each other is a sign only in a message about money or an account', () => {
    expect(high('下午的周会你共享一下屏幕，把进度过一遍。')).toEqual([]);
    expect(high('客服：您共享一下屏幕，我带您把退款领出来。')).toContain('screen-share');
    expect(high('我QQ不怎么上了，你加我微信吧。')).toEqual([]);
    expect(high('您的订单可以退款，加我微信登记一下。')).toContain('add-chat');
    expect(high('把你卡号发我，我给你转房租。')).toEqual([]);
    expect(high('您的理赔款要打到卡上，把卡号发我。')).toContain('asks-card');
  });

  it('adding a chat is read in order: "加…微信" is a request, "微信，我还没加" is not', () => {
    expect(high('退款请添加售后人员的微信登记。')).toContain('add-chat');
    expect(high('说要赔钱的那个人留了微信，我还没加。')).not.toContain('add-chat');
  });

  it('a pick-up code read out to a parent is not the code sign; a code described to a "客服" is', () => {
    expect(high('快递到了，你把那几位数字告诉我，我去快递柜取。')).toEqual([]);
    expect(high('客服：系统给您发了一串数字，把那几位数字告诉我，我帮您撤销扣费。')).toContain('asks-code');
  });

  it('a card\'s password is a sign in any message', () => {
    expect(high('把你的取款密码发我一下。')).toContain('asks-card');
  });

  it('a word that holds a negation but negates nothing (不小心) is no warning', () => {
    expect(high('系统显示您不小心勾选开通了百万保障，下月起每月扣800元，我帮您关掉。')).toContain('cancel-membership');
  });

  it('a question whether someone asked for a step does not ask for it', () => {
    expect(high('这里是反诈预警劝阻专线。请问对方有没有让您下载软件、共享屏幕？退款都是原路退回的。')).toEqual([]);
  });

  it('a report that retells a scam in its own words is read as a report', () => {
    expect(high('市民李先生接到自称“理赔员”的电话，对方以“激活账户”为由要他缴纳保证金。')).toEqual([]);
    expect(high('近期有人冒充客服，诱导受害人添加微信、开启屏幕共享。')).toEqual([]);
    // A news report, in every sentence: the request is told in the third person, without a warning word beside it.
    expect(high('本报讯 上周赵女士接到“客服”电话。对方让她加QQ、下载会议软件并开启屏幕共享，称要指导退款。')).toEqual([]);
    // A fake officer who calls the last caller a scammer is still asking for a transfer.
    expect(high('我是反诈民警，刚才那个客服是骗子，你马上把钱转到安全账户保管。')).toContain('asks-transfer');
  });

  it('a colleagues\' meeting shares screens even when its agenda is refunds', () => {
    expect(high('各位，周例会改到线上，小王先共享屏幕讲一下上月的退款数据。')).toEqual([]);
    expect(high('客服：您进会议以后共享屏幕，我帮您把退款领出来。')).toContain('screen-share');
  });

  it('a chat account written out after its app is a place to move to, in a message about money', () => {
    expect(high('快件遗失，私聊赔付。ｖ：ｔｋ８８９９ｋｆ')).toContain('add-chat');
    expect(high('理赔请联系 微信号: kf_zhang0527')).toContain('add-chat');
    expect(high('周末聚会定在老地方，v：tk8899kf 是我新号。')).toEqual([]);
    // A warning sentence does not hide an account it gives: a warning never gives one.
    expect(high('别信陌生客服。退款找我，v：tk8899kf')).toContain('add-chat');
  });

  it('trouble with a card or a parcel and a number to call back is a sign, unless the number is a 95xxx service line', () => {
    expect(high('【示意银联】您的银行卡存在异常交易风险，已被临时限制使用。请联系专员4008 000 013解除限制。')).toContain('trouble-callback');
    expect(high('您寄往杭州的快递因夹带违禁品被扣留，请速回电 0571-0000 9913 处理。')).toContain('trouble-callback');
    expect(high('【某某银行】您尾号1234的卡有一笔异常交易，如非本人操作请致电95555。')).toEqual([]);
    // The lost-parcel opening and a refund "stuck" are trouble too, when the number is theirs to give.
    expect(high('您好，您的快递在运输途中丢失，请致电 0571-0000 4417 办理。')).toContain('trouble-callback');
    expect(high('您的退款因系统故障未能到账，请尽快联系 4008 000 216。')).toContain('trouble-callback');
    expect(high('您的快递已放驿站，取件码 3-2-1108，有问题请联系 138 0000 5521。')).toEqual([]);
  });

  it('a form with blanks for a card\'s secrets asks for them', () => {
    const found = high('理赔登记 收款银行卡号：____ 取款密码：____ 短信验证码：____ [获取验证码]');
    expect(found).toContain('asks-card');
    expect(found).toContain('asks-code');
  });
});
