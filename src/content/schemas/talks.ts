import { z } from 'astro/zod';
import { kebabId } from './fields.ts';

/** Community talks: content/talks/<id>.yaml, each file one talk of slides with notes. */

/** What a slide can show besides its words, each drawn in HTML/CSS/SVG (src/components/talk/SlidePicture.astro). */
const TALK_PICTURES = ['call', 'timeline', 'dataflow', 'waybill', 'rules', 'qr'] as const;

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
    /** Ids in content/hotlines/hotlines.yaml to show large on the slide, each number with its one name. Only numbers to call. */
    hotlines: z.array(kebabId('Each hotline')).min(1).max(3).optional(),
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
