/**
 * A source's publisher as a short line beside a sign or a step ("吴江公安微警务"), where the
 * full entry ("吴江公安微警务（微信公众号），吴江区档案馆数字方志馆转载") would take three lines
 * on a phone. The page's source list still names and dates each source in full.
 */
export function shortPublisher(publisher: string): string {
  return publisher.split(/[（(，,；;]/)[0]!.trim();
}
