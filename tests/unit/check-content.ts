import { readdirSync, readFileSync } from 'node:fs';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import HKVariants from 'opencc-js/dict/HKVariants';
import TWVariants from 'opencc-js/dict/TWVariants';
import { parse } from 'yaml';
import { checkCallQuestionSchema, checkReadingSchema, checkSignSchema } from '../../src/content/schemas/check.ts';
import { findSigns, type FoundSign } from '../../src/lib/check/detect.ts';
import { matchingRules } from '../../src/lib/check/rules.ts';

/**
 * 查一查 as the page runs it, on the real content: the signs and reading words of
 * content/check/, read through their schemas, with the traditional forms generated the way
 * the build generates them. The hotlines are the national ones the page excludes from
 * "a number to call".
 */
const read = (path: string) => parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as Record<string, unknown>;

export const signs = Object.entries(read('content/check/signs.yaml')).map(([id, data]) => ({ id, ...checkSignSchema.parse(data) }));
export const questions = Object.entries(read('content/check/call.yaml')).map(([id, data]) => ({ id, ...checkCallQuestionSchema.parse(data) }));
const readingFile = read('content/check/reading.yaml');
const negations = checkReadingSchema.parse(readingFile['negations']).words!;
const warnings = checkReadingSchema.parse(readingFile['warnings']).words!;
const reports = checkReadingSchema.parse(readingFile['reports']).words!;
const topics = checkReadingSchema.parse(readingFile['topics']).words!;
const notNegations = checkReadingSchema.parse(readingFile['notNegations']).words!;
const shorthand = checkReadingSchema.parse(readingFile['shorthand']).readAs!;

export const { rules, reading } = matchingRules(signs, { negations, notNegations, warnings, reports, topics, shorthand }, ['110', '96110', '12381'], {
  toSimplified: TSCharacters,
  variants: [TWVariants, HKVariants],
});

export const check = (text: string): FoundSign[] => findSigns(text, rules, reading);

export interface CorpusMessage {
  id: string;
  scam: boolean;
  kind: string;
  text: string;
  signs?: string[];
}

const FIXTURES = new URL('../fixtures/check/', import.meta.url);

/** The development set is every development*.yaml (written in batches); the held-out set is held-out.yaml alone. */
export function corpus(name: 'development' | 'held-out'): CorpusMessage[] {
  const files = readdirSync(FIXTURES).filter((file) => (name === 'development' ? /^development.*\.yaml$/.test(file) : file === 'held-out.yaml'));
  return files.sort().flatMap((file) => parse(readFileSync(new URL(file, FIXTURES), 'utf8')) as CorpusMessage[]);
}
