import { z } from 'astro/zod';
import { kebabId, learnMoreSchema } from './fields.ts';

/** Quiz questions: content/quiz/<topic>.yaml, each file a list of questions. */

export const QUIZ_TOPICS = ['case', 'waybill', 'scam', 'tips', 'after'] as const;

const questionBase = {
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'id must be kebab-case, e.g. refund-link' }),
  topic: z.enum(QUIZ_TOPICS, { message: `topic must be one of: ${QUIZ_TOPICS.join(', ')}` }),
  prompt: z.string().min(4),
  explanation: z.string().min(10, { message: 'Every question needs an explanation of at least 10 characters' }),
  /** Short phrases of the explanation or scenario to highlight as the clues. Each must appear in that text. */
  clues: z.array(z.string().min(1)).default([]),
  learnMore: learnMoreSchema,
  tags: z.array(z.string().min(1)).default([]),
  /** Ids in content/sources/sources.yaml the question rests on: every hotline, law, case detail or dated figure it names. */
  sources: z.array(kebabId('Each source')).default([]),
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
