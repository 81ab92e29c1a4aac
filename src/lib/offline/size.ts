/**
 * A download's size as a reader reads it: "850 KB", "1.2 MB". Rounded up, since it tells
 * someone on a prepaid plan what saving will cost them.
 */
export function readableSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
  return `${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1)} MB`;
}
