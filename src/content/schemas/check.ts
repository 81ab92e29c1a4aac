import { z } from 'astro/zod';
import { kebabId } from './fields.ts';

/**
 * The 查一查 checker's content (content/check/): the signs it looks for, the questions a
 * reader answers about a call, and what to do now in each situation. Everything the page
 * says comes from here; src/lib/check/ only matches.
 */

const word = z
  .string()
  .min(1)
  .refine((text) => text === text.toLowerCase() && !/[\s\p{P}\p{S}]/u.test(text), {
    message: 'A sign word is matched after spaces and symbols are removed and letters lowered: write it in lower case, without spaces or punctuation (e.g. 加v, not 加 V)',
  });

/** Things a message can contain that no list of words describes. */
export const TEXT_FEATURES = ['link', 'phone', 'unlisted-phone', 'chat-id', 'topic'] as const;

/** One way a sign shows in a text: every group has a word present, all within `near` characters; and the features it `needs`. */
const textMatchSchema = z
  .strictObject({
    /** Each group is a list of alternatives; one of each group must appear. */
    all: z.array(z.array(word).min(1)).min(1).optional(),
    /** The matched words of all groups lie within this many characters (of the text without spaces and symbols). */
    near: z.int().min(2).max(80).optional(),
    /** The groups' words appear in the order given ("加…微信", not "微信，我还没加"). */
    inOrder: z.boolean().optional(),
    /** `link`: a web address or short link; `phone`: a phone number other than the hotlines'; `unlisted-phone`: one that is not a 95xxx service number either (banks and large companies are given those); `chat-id`: a chat account written out after its app (v：tk8899kf, 微信：kf_zhang); `topic`: a word of content/check/reading.yaml's topics (the message is about money or an account). */
    needs: z.array(z.enum(TEXT_FEATURES, { message: `needs lists any of: ${TEXT_FEATURES.join(', ')}` })).min(1).optional(),
    /** Words that, anywhere in the message, show a setting where these words are everyday (a colleagues' meeting): the match does not count. */
    unless: z.array(word).min(1).optional(),
  })
  .refine((match) => match.all !== undefined || match.needs !== undefined, {
    message: 'A match needs words (`all: [[…], […]]`) or features (`needs: [link]`), or both',
  })
  .refine((match) => match.near === undefined || (match.all?.length ?? 0) >= 2, {
    path: ['near'],
    message: '`near` says how close the groups of `all` must be: it needs at least two groups',
  });

export type TextMatch = z.infer<typeof textMatchSchema>;

export const checkSignSchema = z
  .strictObject({
    order: z.int().min(1),
    /** What the reader sees as the sign, short: "要你加微信或QQ". */
    name: z.string().min(4).max(24, { message: 'A sign name is one line on a phone: 24 characters at most' }),
    weight: z.enum(['high', 'medium', 'low'], { message: 'weight is high (a scam step), medium (often a scam) or low (worth a look)' }),
    /** Why it matters, in one or two sentences. */
    why: z.string().min(10).max(120, { message: 'why is one or two sentences: 120 characters at most' }),
    /** Ids in content/sources/sources.yaml the `why` rests on. */
    sources: z.array(kebabId('Each source')).default([]),
    /** The `why` is the site's own advice (shown as 本站建议); required when it cites no source. */
    advice: z.boolean().default(false),
    /** Where the reader learns more: "/articles/<id>/#<heading>" or "/glossary/#<term>"; checked against the built headings. */
    lesson: z.string().regex(/^\/(articles\/[a-z0-9-]+\/(#[^\s#]+)?|glossary\/#[a-z0-9-]+)$/, {
      message: 'lesson must be a page of the site that teaches the sign: /articles/<id>/#<heading> or /glossary/#<term>',
    }),
    lessonLabel: z.string().min(2).max(20, { message: 'lessonLabel is a link on one line: 20 characters at most' }),
    /** How the sign shows in a pasted text: any one of these. */
    text: z.array(textMatchSchema).default([]),
    /** Words cut out before this sign is looked for, so that a warning is not read as a request ("请勿告诉他人"). */
    except: z.array(word).default([]),
    /** The sign's words count even right after a negation ("不要", "别"): for signs whose words are themselves an instruction not to do something. */
    negatable: z.boolean().default(true),
  })
  .refine((sign) => sign.sources.length > 0 || sign.advice, {
    path: ['sources'],
    message: 'A sign says why it matters: cite what that rests on (`sources: [<id from content/sources/sources.yaml>]`) or mark it as our own advice (`advice: true`)',
  });

export type CheckSignData = z.infer<typeof checkSignSchema>;

/** A question about a call (content/check/call.yaml): who, what happened, what they asked for. */
export const checkCallQuestionSchema = z.strictObject({
  order: z.int().min(1),
  question: z.string().min(4).max(30),
  /** `one`: a single answer (who they said they were); `many`: every answer that applies. */
  pick: z.enum(['one', 'many']),
  answers: z
    .array(
      z.strictObject({
        id: kebabId('An answer id'),
        label: z.string().min(2).max(24, { message: 'An answer is one tap target: 24 characters at most' }),
        /** The sign this answer shows (an id in content/check/signs.yaml); none for a neutral answer. */
        sign: kebabId('sign').optional(),
      }),
    )
    .min(2),
  /** Ids in content/sources/sources.yaml for what the answers name (a hotline's number). */
  sources: z.array(kebabId('Each source')).default([]),
});

export type CheckCallQuestionData = z.infer<typeof checkCallQuestionSchema>;

/** What to do now, for one situation (content/check/next-steps.yaml). */
export const checkSituationSchema = z.strictObject({
  order: z.int().min(1),
  title: z.string().min(4).max(30),
  steps: z.array(z.string().min(4)).min(1),
  /** Hotline ids (content/hotlines/hotlines.yaml) to call from here; each shown as a tap-to-call button. */
  call: z.array(kebabId('A hotline id')).default([]),
  /** Ids in content/sources/sources.yaml the steps rest on. */
  sources: z.array(kebabId('Each source')).default([]),
  /** Some steps are the site's own advice (said in the line under them). */
  advice: z.boolean().default(false),
}).refine((situation) => situation.sources.length > 0 || situation.advice, {
  path: ['sources'],
  message: 'Say what the steps rest on (`sources: [<id from content/sources/sources.yaml>]`) or mark them as our own advice (`advice: true`)',
});

export type CheckSituationData = z.infer<typeof checkSituationSchema>;

/**
 * How messages are read beyond each sign's words (content/check/reading.yaml): lists of
 * `words` (negations, warnings, reports and topics), or `readAs`, the shorthand scam texts
 * use to get past word filters (tk for 退款), each read as the words it stands for.
 */
export const checkReadingSchema = z
  .strictObject({
    words: z.array(word).min(1).optional(),
    readAs: z
      .record(
        z.string().regex(/^[a-z]+\p{Script=Han}*$/u, { message: 'A shorthand is lower-case letters, maybe followed by Chinese characters (tk, ka号)' }),
        word,
      )
      .optional(),
  })
  .refine((entry) => (entry.words === undefined) !== (entry.readAs === undefined), { message: 'An entry has either `words` (a list) or `readAs` (shorthand: meaning), not both' });
