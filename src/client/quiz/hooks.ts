import { defineHooks, defineIslandData } from '../hooks.ts';

/**
 * The quiz's markup–script contract: the hooks Quiz.astro, QuestionCard.astro and
 * ResultCard.astro draw, which the quiz island (./app.ts, ./result-card.ts) finds.
 */
export const quizHooks = defineHooks('quiz-app', [
  // The round (Quiz.astro).
  'quiz-app',
  'quiz-bank',
  'bank-item',
  'screen',
  'start',
  'restart',
  'clear',
  'next',
  'stage',
  'progress',
  'progress-text',
  'resume-note',
  'status',
  'announce',
  'result-title',
  'score',
  'score-message',
  'review',
  'review-list',
  'read-next',
  'read-next-page',
  // One question (QuestionCard.astro): its id, topic, right keys and the page it points to.
  'question',
  'topic',
  'correct',
  'read-more',
  // Present on a question whose options are numbered or paired (waybill labels, 对/错): never shuffled.
  'fixed-order',
  'choices',
  'key',
  'mark',
  'js-only',
  'solution',
  'verdict',
  // The result card (ResultCard.astro).
  'result-card',
  'card-score',
  'card-image',
  'card-save',
] as const);

/** What the result card's script needs to draw the card as an image (./card-image.ts). */
export interface ResultCardData {
  siteName: string;
  siteUrl: string;
  /** The edition's brand colour, for the site's name on the card. */
  colour: string;
  title: string;
  rulesTitle: string;
  /** Alt text of the image; {score} and {total} are filled in. */
  imageAlt: string;
  /** The QR code's dark modules, row by row (src/lib/qr.ts encodeMatrix). */
  qr: string;
}

export const resultCardData = defineIslandData<ResultCardData>('card');
