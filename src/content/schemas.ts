import { z } from 'astro/zod';
import { ENDING_KINDS } from '../lib/simulation/graph.ts';

/**
 * Schemas for everything under content/. They are strict so that a typo in frontmatter
 * fails the build with the field named, instead of silently dropping a source or a date.
 */

const CATEGORY_IDS = ['case', 'waybill', 'tips', 'quiz', 'tool'] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** A calendar date as written by people: a year, a month, or a day ("2022", "2022-11", "2022-11-05"). */
const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    message: 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2023-09-20',
  });

const kebabId = (what: string) =>
  z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: `${what} must be a kebab-case id, e.g. wujiang-case` });

/**
 * One public source in content/sources/sources.yaml. Articles cite sources by id, so a
 * source is named and dated once, the same way everywhere.
 */
export const sourceSchema = z.strictObject({
  title: z.string().min(2, { message: 'Give the full title of the source' }),
  publisher: z.string().min(2, { message: 'Name who published the source (a police account, a court, a ministry…)' }),
  date: partialDate,
  url: z.url({ protocol: /^https?$/, message: 'Use a full http(s) address, or leave url out' }).optional(),
  /**
   * Words that only this kind of source can back: an article whose text contains one of
   * them must cite a source that lists it (a hotline number, a law's name, a dated figure).
   */
  mentions: z.array(z.string().min(2, { message: 'A mention is at least 2 characters, or it matches everywhere' })).default([]),
});
export type Source = z.infer<typeof sourceSchema>;

export const articleSchema = z.strictObject({
  title: z.string().min(2).max(40, { message: 'Keep the title under 40 characters: it is also the share-card title' }),
  description: z
    .string()
    .min(20, { message: 'The description is the search and share-card text: write at least 20 characters' })
    .max(120, { message: 'Keep the description under 120 characters: share cards cut longer text' }),
  summary: z.string().min(20, { message: 'The summary is shown under the title: write at least 20 characters' }),
  category: z.enum(CATEGORY_IDS, { message: `category must be one of: ${CATEGORY_IDS.join(', ')}` }),
  order: z.int().min(1, { message: 'order is the position in the reading path, starting at 1' }),
  updated: z.coerce.date({ message: 'updated must be a date such as 2026-11-25' }),
  /** Ids from content/sources/sources.yaml, in the order the article relies on them. */
  sources: z.array(kebabId('Each source')).min(1, { message: 'Every article lists at least one source' }),
  /** true for the few articles a newcomer reads first: the home page lists them and they work offline after one visit. */
  startHere: z.boolean().default(false),
  /**
   * The 3 to 5 things to remember, one short line each: the article's printed fact sheet
   * (/print/articles/<id>/) is made from them, beside the hotlines and a QR code.
   */
  remember: z
    .array(z.string().min(4).max(32, { message: 'A line to remember must fit one printed line: 32 characters at most' }))
    .min(3, { message: 'List 3 to 5 things to remember: they make the printed fact sheet' })
    .max(5, { message: 'List 3 to 5 things to remember: more will not fit the printed fact sheet' }),
});
export type ArticleData = z.infer<typeof articleSchema>;

export const tipSchema = z.strictObject({
  order: z.int().min(1),
  rule: z.string().min(4).max(40, { message: 'A tip rule is one short line: 40 characters at most' }),
  why: z.string().min(10),
  scammerSays: z.string().min(4),
  truth: z.string().min(4),
  /**
   * Whose words the rule is: `police` for the tips a police source gave (then `source`
   * names it), `advice` for the site's own advice drawn from public material.
   */
  from: z.enum(['police', 'advice'], { message: 'from must be police (a police source said it) or advice (our own advice)' }),
  /** Id in content/sources/sources.yaml; required when the tip is the police's words. */
  source: kebabId('source').optional(),
  /** A short form for the quiz's result card ("记住三条"): exactly three tips carry one. */
  card: z.string().min(4).max(24, { message: 'A card line must fit the result card: 24 characters at most' }).optional(),
}).refine((tip) => tip.from !== 'police' || tip.source !== undefined, {
  path: ['source'],
  message: 'A police tip names its source: add `source: <id from content/sources/sources.yaml>`',
});
export type TipData = z.infer<typeof tipSchema>;

export const hotlineSchema = z.strictObject({
  number: z.string().regex(/^\d{3,12}$/, { message: 'A hotline number is digits only' }),
  name: z.string().min(2),
  when: z.string().min(4),
  what: z.string().min(4),
  order: z.int().min(1),
  /** false for numbers that only send messages (12381): they get no tel: link. */
  callable: z.boolean().default(true),
  /** Ids in content/sources/sources.yaml backing what the entry says; an article showing the list cites them. */
  sources: z.array(kebabId('Each source')).min(1, { message: 'Name at least one source for what a hotline entry says' }),
});
export type HotlineData = z.infer<typeof hotlineSchema>;

/**
 * A term older readers may not know (content/glossary/glossary.yaml), explained in plain
 * words. Articles link its first use with <Term>.
 */
export const glossarySchema = z.strictObject({
  term: z.string().min(1).max(12, { message: 'A glossary term is a word or short phrase: 12 characters at most' }),
  /** Other ways articles write the same term (加微信 for 加V); <Term> finds the entry by any of them. */
  aliases: z.array(z.string().min(1)).default([]),
  explanation: z
    .string()
    .min(10)
    .refine((text) => (text.match(/[。！？]/g) ?? []).length <= 2 && /[。！？]$/.test(text), {
      message: 'Explain the term in one or two full sentences, each ending with 。！ or ？',
    }),
  /** Id in content/sources/sources.yaml, when the explanation rests on one. */
  source: kebabId('source').optional(),
  /** The article (and heading) that teaches the term: /articles/<id>/ or /articles/<id>/#<heading>. */
  article: z
    .string()
    .regex(/^\/articles\/[a-z0-9-]+\/(#[^\s#]+)?$/, { message: 'article must look like /articles/police-tips/#heading-id' })
    .optional(),
});
export type GlossaryData = z.infer<typeof glossarySchema>;

/** Stand-alone pages (home, about) whose words are content, not code. */
export const pageSchema = z.strictObject({
  title: z.string().min(2).max(40),
  description: z.string().min(20).max(120),
  updated: z.coerce.date(),
});
export type PageData = z.infer<typeof pageSchema>;

/** A topic tile on the kiosk's attract screen. */
export const kioskTopicSchema = z.strictObject({
  order: z.int().min(1),
  label: z.string().min(2).max(16, { message: 'A kiosk topic must read at a glance: 16 characters at most' }),
  href: z.string().regex(/^\/([a-z0-9-]+\/)*$/, { message: 'href is a page of this site, e.g. /articles/yiwu-case/' }),
  /** The drawing on the tile (src/components/kiosk/TopicIcon.astro). */
  icon: z.enum(['caller', 'label', 'help', 'quiz', 'practice'], { message: 'icon must be one of: caller, label, help, quiz, practice' }),
});

/** What the privacy-waybill tool shows before anyone types: content/tools/waybill-examples.yaml. */
export const waybillExampleSchema = z.strictObject({
  name: z.string().min(1),
  phone: z.string().min(1),
  address: z.string().min(1),
});

/** A tappable suggested search ("大家常搜"). */
export const searchSuggestionSchema = z.strictObject({
  order: z.int().min(1),
  query: z.string().min(1).max(12, { message: 'A suggested search must fit on a chip: 12 characters at most' }),
});

/** A word as the search compares it: queries are normalised (NFKC, lower case) before matching. */
const searchWord = (field: string) =>
  z
    .string()
    .min(1)
    .refine((value) => value === value.normalize('NFKC').toLowerCase().trim() && !/\s/u.test(value), {
      message: `Write each of \`${field}\` in lower case with half-width letters and digits and no spaces, as the search normalises queries`,
    });

/** Another way people write a word: a page containing any `means` entry matches `written`. */
export const searchSynonymSchema = z.strictObject({
  written: searchWord('written'),
  means: z.array(z.string().min(1)).min(1),
});

/**
 * Words that make a query a question ("怎么办", "吗") and carry no topic; search drops them.
 * `asks: definition` marks words that ask what something means ("是什么").
 */
export const searchQuestionWordsSchema = z.strictObject({
  asks: z.enum(['definition']).optional(),
  words: z.array(searchWord('words')).min(1),
});

/** A tool page and the words people use for what it does; they count as if in its title. */
export const searchIntentSchema = z.strictObject({
  page: z
    .string()
    .regex(/^\/([a-z0-9-]+\/)*$/u, { message: 'Write `page` as a path of this site without the base, starting and ending with "/" (e.g. /quiz/)' }),
  words: z.array(searchWord('words')).min(1),
});

/* ------------------------------------------------------------------------------------ */
/* Quiz questions: content/quiz/<topic>.yaml, each file a list of questions.             */
/* ------------------------------------------------------------------------------------ */

export const QUIZ_TOPICS = ['case', 'waybill', 'scam', 'tips', 'after'] as const;
export type QuizTopic = (typeof QUIZ_TOPICS)[number];

/**
 * A link into an article ("/articles/<id>/" or "/articles/<id>/#<heading-id>") or to a
 * glossary entry ("/glossary/#<term-id>"). Checked against the built headings and terms.
 */
const learnMoreSchema = z.strictObject({
  href: z.string().regex(/^\/(articles\/[a-z0-9-]+\/(#[^\s#]+)?|glossary\/#[a-z0-9-]+)$/, {
    message: 'learnMore.href must look like /articles/police-tips/#heading-id or /glossary/#term-id',
  }),
  label: z.string().min(2),
});

const questionBase = {
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'id must be kebab-case, e.g. refund-link' }),
  topic: z.enum(QUIZ_TOPICS, { message: `topic must be one of: ${QUIZ_TOPICS.join(', ')}` }),
  prompt: z.string().min(4),
  explanation: z.string().min(10, { message: 'Every question needs an explanation of at least 10 characters' }),
  /** Short phrases of the explanation or scenario to highlight as the clues. Each must appear in that text. */
  clues: z.array(z.string().min(1)).default([]),
  learnMore: learnMoreSchema,
  tags: z.array(z.string().min(1)).default([]),
  /** The file the question came from; filled in by the quiz loader for error messages. */
  file: z.string(),
};

const options = z.array(z.string().min(1)).min(2).max(6);

/** What a label prints, as text already masked (or not). */
const printedLabelSchema = z.strictObject({
  name: z.string().min(1),
  phone: z.string().min(1),
  address: z.string().min(1),
});

const scenarioMessageSchema = z.strictObject({
  from: z.enum(['them', 'me']),
  text: z.string().min(1),
});

const scenarioSchema = z.strictObject({
  channel: z.enum(['call', 'sms', 'wechat', 'friend-request']),
  /** Who it appears to come from: a number, a WeChat nickname, an SMS sender. */
  from: z.string().min(1),
  messages: z.array(scenarioMessageSchema).min(1),
});

function inRange(index: number, length: number) {
  return Number.isInteger(index) && index >= 0 && index < length;
}

export const quizQuestionSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ ...questionBase, kind: z.literal('single'), options, answer: z.int() }),
    z.strictObject({ ...questionBase, kind: z.literal('multiple'), options, answers: z.array(z.int()).min(1) }),
    z.strictObject({ ...questionBase, kind: z.literal('truefalse'), answer: z.boolean() }),
    z.strictObject({ ...questionBase, kind: z.literal('scam-or-real'), scenario: scenarioSchema, answer: z.enum(['scam', 'real']) }),
    z.strictObject({
      ...questionBase,
      kind: z.literal('waybill'),
      labels: z.array(printedLabelSchema).min(2).max(4),
      answer: z.int(),
    }),
  ])
  .superRefine((question, ctx) => {
    const count = 'options' in question ? question.options.length : 'labels' in question ? question.labels.length : 0;
    if ((question.kind === 'single' || question.kind === 'waybill') && !inRange(question.answer, count)) {
      ctx.addIssue({
        code: 'custom',
        path: ['answer'],
        message: `answer ${question.answer} is out of range: it must be an option index from 0 to ${count - 1}`,
      });
    }
    if (question.kind === 'multiple') {
      for (const answer of question.answers) {
        if (!inRange(answer, count)) {
          ctx.addIssue({
            code: 'custom',
            path: ['answers'],
            message: `answer ${answer} is out of range: it must be an option index from 0 to ${count - 1}`,
          });
        }
      }
      if (new Set(question.answers).size !== question.answers.length) {
        ctx.addIssue({ code: 'custom', path: ['answers'], message: 'answers lists the same option twice' });
      }
    }
    const clueText =
      question.explanation + (question.kind === 'scam-or-real' ? question.scenario.messages.map((m) => m.text).join('') : '');
    for (const clue of question.clues) {
      if (!clueText.includes(clue)) {
        ctx.addIssue({
          code: 'custom',
          path: ['clues'],
          message: `clue "${clue}" does not appear in the explanation or the scenario, so it cannot be highlighted`,
        });
      }
    }
  });
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;

/* ------------------------------------------------------------------------------------ */
/* Call simulations: content/simulations/<id>.yaml, each file one scenario.              */
/* ------------------------------------------------------------------------------------ */

/** How the other side reaches the reader in a step; each is drawn as its own phone screen. */
export const SIMULATION_CHANNELS = ['call', 'sms', 'wechat', 'friend-request', 'screen-share', 'payment', 'app'] as const;
export type SimulationChannel = (typeof SIMULATION_CHANNELS)[number];

const simulationChoiceSchema = z.strictObject({
  /** The button: what the reader does, in their own words ("加他的微信"). */
  label: z.string().min(2).max(30, { message: 'A choice is a button: 30 characters at most' }),
  /** The id of the step this choice leads to. */
  next: kebabId('next'),
  /** `risky` moves toward losing money; `careful` is what keeps the reader safe. */
  verdict: z.enum(['risky', 'careful'], { message: 'verdict must be risky or careful' }),
  /** What the reader just did and what it means, in a sentence or two. */
  feedback: z.string().min(10),
  /** The red flag to notice (or, in a genuine contact, the sign that it is genuine): one short line. */
  sign: z.string().min(4).max(40, { message: 'sign is one short line: 40 characters at most' }),
  /** Where the site teaches this: an article heading or a glossary entry. */
  learn: learnMoreSchema,
});

const simulationStepSchema = z
  .strictObject({
    id: kebabId('A step id'),
    /** How the step reaches the reader (call, sms, wechat, friend-request, screen-share, payment, app). */
    channel: z.enum(SIMULATION_CHANNELS, { message: `channel must be one of: ${SIMULATION_CHANNELS.join(', ')}` }).optional(),
    /** Who it appears to come from: the caller's name or number, an SMS sender, a WeChat nickname. */
    from: z.string().min(1).optional(),
    /** What the other side says or shows, one line each. A scammer's lines are illustrations, shown as 示意. */
    lines: z.array(z.string().min(1)).optional(),
    choices: z.array(simulationChoiceSchema).min(1).max(4, { message: 'At most 4 choices: more will not fit a phone screen' }).optional(),
    /** For an ending: what happened to the reader. */
    ending: z.enum(ENDING_KINDS, { message: `ending must be one of: ${ENDING_KINDS.join(', ')}` }).optional(),
    title: z.string().min(2).max(24).optional(),
    text: z.string().min(10).optional(),
    /** The moments that decided the ending. */
    decided: z.array(z.string().min(4)).min(1).optional(),
    /** Pages to read on from here. */
    readOn: z.array(learnMoreSchema).min(1).max(3).optional(),
  })
  .superRefine((step, ctx) => {
    const need = (fields: (keyof typeof step)[], what: string) => {
      for (const field of fields) {
        if (step[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: `step "${step.id}": ${what} needs ${field}` });
      }
    };
    const forbid = (fields: (keyof typeof step)[], what: string) => {
      for (const field of fields) {
        if (step[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], message: `step "${step.id}": ${what} has no ${field}` });
      }
    };
    if (step.ending) {
      need(['title', 'text', 'decided', 'readOn'], 'an ending');
      forbid(['channel', 'from', 'lines', 'choices'], 'an ending');
    } else {
      need(['channel', 'lines', 'choices'], 'a step that is not an ending');
      forbid(['title', 'text', 'decided', 'readOn'], 'a step that is not an ending');
    }
  });
export type SimulationStep = z.infer<typeof simulationStepSchema>;

export const simulationSchema = z.strictObject({
  title: z.string().min(2).max(24, { message: 'Keep the title under 24 characters: it is a card title' }),
  /** What the scenario practises, for the list of scenarios. */
  practises: z.string().min(10).max(60, { message: 'practises is one line on the scenario list: 60 characters at most' }),
  /** About how long one play-through takes. */
  minutes: z.int().min(1).max(15),
  order: z.int().min(1),
  /** true when the contact in the scenario is genuine (a real warning call): the reader practises checking, not refusing. */
  genuine: z.boolean().default(false),
  /** Ids from content/sources/sources.yaml that the scenario's facts rest on; the page lists them. */
  sources: z.array(kebabId('Each source')).min(1, { message: 'List at least one source the scenario rests on' }),
  /** The first step's id. */
  start: kebabId('start'),
  steps: z.array(simulationStepSchema).min(1),
});
export type SimulationData = z.infer<typeof simulationSchema>;

/* ------------------------------------------------------------------------------------ */
/* Community talks: content/talks/<id>.yaml, each file one talk of slides with notes.    */
/* ------------------------------------------------------------------------------------ */

/** What a slide can show besides its words, each drawn in HTML/CSS/SVG (src/components/talk/SlidePicture.astro). */
export const TALK_PICTURES = ['call', 'timeline', 'dataflow', 'waybill', 'rules', 'qr'] as const;

const talkSlideSchema = z
  .strictObject({
    /** The headline, read from the back of the room. */
    title: z.string().min(2).max(20, { message: 'A slide headline must read at a glance: 20 characters at most' }),
    /** A few words on screen, one short line each. */
    words: z.array(z.string().min(1).max(20, { message: 'A line on a slide is a few words: 20 characters at most' })).max(4, { message: 'At most 4 lines of words on a slide' }).default([]),
    /** A picture: call (what a caller says, with lines), timeline, dataflow, waybill (before and after), rules (the three), qr (quiz and simulation). */
    picture: z.enum(TALK_PICTURES, { message: `picture must be one of: ${TALK_PICTURES.join(', ')}` }).optional(),
    /** For picture: call. What the caller says: an illustration, shown as 示意. */
    lines: z.array(z.string().min(1)).min(1).max(3).optional(),
    /** For picture: timeline. */
    timeline: z.array(z.strictObject({ when: z.string().min(2), what: z.string().min(4) })).min(2).max(5).optional(),
    /** For picture: dataflow. */
    dataflow: z.array(z.strictObject({ who: z.string().min(1), does: z.string().min(2) })).min(2).max(4).optional(),
    /** 讲稿: what the speaker says, in plain spoken Chinese. */
    notes: z.string().min(20, { message: 'Write the speaker notes (讲稿) a newcomer can read out: at least 20 characters' }),
  })
  .superRefine((slide, ctx) => {
    const needs = { call: 'lines', timeline: 'timeline', dataflow: 'dataflow' } as const;
    for (const [picture, field] of Object.entries(needs) as [keyof typeof needs, (typeof needs)[keyof typeof needs]][]) {
      if (slide.picture === picture && slide[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: `picture: ${picture} needs ${field}` });
      if (slide.picture !== picture && slide[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], message: `${field} is only for picture: ${picture}` });
    }
  });
export type TalkSlide = z.infer<typeof talkSlideSchema>;

export const talkSchema = z.strictObject({
  title: z.string().min(2).max(24),
  description: z.string().min(20).max(120),
  /** About how long the talk takes, read at an easy pace. */
  minutes: z.int().min(3).max(60),
  order: z.int().min(1),
  sources: z.array(kebabId('Each source')).min(1, { message: 'List the sources the talk rests on' }),
  slides: z.array(talkSlideSchema).min(5, { message: 'A talk has at least 5 slides' }),
});
