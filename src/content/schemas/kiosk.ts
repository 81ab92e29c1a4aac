import { z } from 'astro/zod';

/** A topic tile on the kiosk's attract screen. */
export const kioskTopicSchema = z.strictObject({
  order: z.int().min(1),
  label: z.string().min(2).max(16, { message: 'A kiosk topic must read at a glance: 16 characters at most' }),
  href: z.string().regex(/^\/([a-z0-9-]+\/)*$/, { message: 'href is a page of this site, e.g. /articles/yiwu-case/' }),
  /** The drawing on the tile (src/components/kiosk/TopicIcon.astro). */
  icon: z.enum(['caller', 'label', 'help', 'quiz', 'practice', 'check'], { message: 'icon must be one of: caller, label, help, quiz, practice, check' }),
});
