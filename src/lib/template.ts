/**
 * Fills "{name}" placeholders. Strings that browser scripts complete at run time (counts,
 * scores) live in the translation table as templates, since functions cannot be handed
 * from the build to the browser.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
