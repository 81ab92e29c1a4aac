import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlPages, relative } from './built-site.ts';

// Rules: html-validate's recommended set plus .htmlvalidate.mjs (one documented change).
// The recommended set includes wcag/h37: every <img> has an alt attribute.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('every built page is valid HTML', () => {
  it.each(htmlPages())('%s', async (file) => {
    const report = await validator.validateFile(file);
    const messages = report.results.flatMap((result) =>
      result.messages.map((m) => `${relative(file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
});
