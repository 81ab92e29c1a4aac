import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

/**
 * Loads content/quiz/*.yaml, where each file is a list of questions grouped by topic.
 * Astro's file() loader reads one file per collection and glob() one entry per file, so
 * this small loader reads them all, keeps each question's file for error messages and
 * refuses an id used twice, naming both files.
 */
export class QuizContentError extends Error {
  override name = 'QuizContentError';
}

export function quizLoader(folder: string): Loader {
  return {
    name: 'quiz-loader',
    load: async ({ store, parseData, logger }) => {
      const directory = resolve(folder);
      const files = (await readdir(directory)).filter((file) => /\.ya?ml$/.test(file)).sort();
      const seen = new Map<string, string>();
      store.clear();
      for (const file of files) {
        const filePath = join(directory, file);
        const shown = relative(process.cwd(), filePath);
        let items: unknown;
        try {
          items = parse(await readFile(filePath, 'utf8'));
        } catch (error) {
          throw new QuizContentError(`${shown}: not valid YAML. ${(error as Error).message}`);
        }
        if (!Array.isArray(items)) {
          throw new QuizContentError(`${shown}: a quiz file must be a list of questions (each starting with "- id: …").`);
        }
        for (const [index, item] of items.entries()) {
          const id = (item as { id?: unknown } | null)?.id;
          if (typeof id !== 'string' || id === '') {
            throw new QuizContentError(`${shown}: question number ${index + 1} has no id. Give every question a kebab-case id.`);
          }
          const earlier = seen.get(id);
          if (earlier) {
            throw new QuizContentError(
              `${shown}: question id "${id}" is already used in ${earlier}. Every question needs its own id, because saved progress refers to it.`,
            );
          }
          seen.set(id, shown);
          const data = await parseData({ id, data: { ...(item as Record<string, unknown>), file: shown }, filePath });
          store.set({ id, data, filePath: shown });
        }
      }
      logger.info(`Loaded ${seen.size} quiz questions from ${files.length} files`);
    },
  };
}
