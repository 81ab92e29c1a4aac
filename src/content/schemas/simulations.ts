import { z } from 'astro/zod';
import { ENDING_KINDS } from '../../lib/simulation/graph.ts';
import { kebabId, learnMoreSchema } from './fields.ts';

/** Call simulations: content/simulations/<id>.yaml, each file one scenario. */

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
  /**
   * What to notice, as a sign and not an order: the move (the other side's or the reader's),
   * a full-width colon, and what it means: "对方要你加微信办理赔：这是骗局信号".
   */
  sign: z
    .string()
    .min(4)
    .max(40, { message: 'sign is one short line: 40 characters at most' })
    .regex(/^[^：]{2,}：[^：]{2,}$/, { message: 'sign names the move and what it means, joined by one full-width colon: "对方要你加微信办理赔：这是骗局信号"' }),
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

export const simulationSchema = z.strictObject({
  title: z.string().min(2).max(24, { message: 'Keep the title under 24 characters: it is a card title' }),
  /** What the scenario practises, for the list of scenarios. */
  practises: z.string().min(10).max(60, { message: 'practises is one line on the scenario list: 60 characters at most' }),
  /** About how long one play-through takes. */
  minutes: z.int().min(1).max(15),
  order: z.int().min(1),
  /** Ids from content/sources/sources.yaml that the scenario's facts rest on; the page lists them. */
  sources: z.array(kebabId('Each source')).min(1, { message: 'List at least one source the scenario rests on' }),
  /** The first step's id. */
  start: kebabId('start'),
  steps: z.array(simulationStepSchema).min(1),
});
