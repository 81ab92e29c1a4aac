/** Dates are shown the way Chinese readers write them: 2023年9月20日, 2022年11月, 2022年. */
export function formatPartialDate(value: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) throw new Error(`Not a YYYY[-MM[-DD]] date: ${value}`);
  const [, year, month, day] = match;
  if (month === undefined) return `${year}年`;
  if (day === undefined) return `${year}年${Number(month)}月`;
  return `${year}年${Number(month)}月${Number(day)}日`;
}

export function formatDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** ISO day for <time datetime> and the sitemap. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
