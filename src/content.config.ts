import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { quizLoader } from './content/loaders/quiz.ts';
import { articleSchema, pageSchema } from './content/schemas/articles.ts';
import { checkCallQuestionSchema, checkReadingSchema, checkSignSchema, checkSituationSchema } from './content/schemas/check.ts';
import { glossarySchema } from './content/schemas/glossary.ts';
import { hotlineSchema } from './content/schemas/hotlines.ts';
import { kioskTopicSchema } from './content/schemas/kiosk.ts';
import { printableSchema } from './content/schemas/print.ts';
import { quizQuestionSchema } from './content/schemas/quiz.ts';
import { searchIntentSchema, searchQuestionWordsSchema, searchSuggestionSchema, searchSynonymSchema } from './content/schemas/search.ts';
import { simulationSchema } from './content/schemas/simulations.ts';
import { sourceSchema } from './content/schemas/sources.ts';
import { talkSchema } from './content/schemas/talks.ts';
import { tipSchema } from './content/schemas/tips.ts';
import { waybillExampleSchema } from './content/schemas/tools.ts';

// Content lives outside src/ so writers never touch code. CONTENT_ROOT lets the build
// tests point the real configuration at a fixture folder.
const root = process.env['CONTENT_ROOT'] ?? './content';

export const collections = {
  articles: defineCollection({
    loader: glob({ base: `${root}/articles`, pattern: '*.mdx' }),
    schema: articleSchema,
  }),
  pages: defineCollection({
    loader: glob({ base: `${root}/pages`, pattern: '*.mdx' }),
    schema: pageSchema,
  }),
  sources: defineCollection({
    loader: file(`${root}/sources/sources.yaml`),
    schema: sourceSchema,
  }),
  glossary: defineCollection({
    loader: file(`${root}/glossary/glossary.yaml`),
    schema: glossarySchema,
  }),
  tips: defineCollection({
    loader: file(`${root}/tips/police-tips.yaml`),
    schema: tipSchema,
  }),
  hotlines: defineCollection({
    loader: file(`${root}/hotlines/hotlines.yaml`),
    schema: hotlineSchema,
  }),
  kioskTopics: defineCollection({
    loader: file(`${root}/kiosk/topics.yaml`),
    schema: kioskTopicSchema,
  }),
  waybillExamples: defineCollection({
    loader: file(`${root}/tools/waybill-examples.yaml`),
    schema: waybillExampleSchema,
  }),
  simulations: defineCollection({
    loader: glob({ base: `${root}/simulations`, pattern: '*.yaml' }),
    schema: simulationSchema,
  }),
  printables: defineCollection({
    loader: glob({ base: `${root}/print`, pattern: '*.yaml' }),
    schema: printableSchema,
  }),
  talks: defineCollection({
    loader: glob({ base: `${root}/talks`, pattern: '*.yaml' }),
    schema: talkSchema,
  }),
  quiz: defineCollection({
    loader: quizLoader(`${root}/quiz`),
    schema: quizQuestionSchema,
  }),
  searchSuggestions: defineCollection({
    loader: file(`${root}/search/suggestions.yaml`),
    schema: searchSuggestionSchema,
  }),
  searchSynonyms: defineCollection({
    loader: file(`${root}/search/synonyms.yaml`),
    schema: searchSynonymSchema,
  }),
  searchQuestionWords: defineCollection({
    loader: file(`${root}/search/question-words.yaml`),
    schema: searchQuestionWordsSchema,
  }),
  checkSigns: defineCollection({
    loader: file(`${root}/check/signs.yaml`),
    schema: checkSignSchema,
  }),
  checkCall: defineCollection({
    loader: file(`${root}/check/call.yaml`),
    schema: checkCallQuestionSchema,
  }),
  checkSteps: defineCollection({
    loader: file(`${root}/check/next-steps.yaml`),
    schema: checkSituationSchema,
  }),
  checkReading: defineCollection({
    loader: file(`${root}/check/reading.yaml`),
    schema: checkReadingSchema,
  }),
  searchIntents: defineCollection({
    loader: file(`${root}/search/intents.yaml`),
    schema: searchIntentSchema,
  }),
};
