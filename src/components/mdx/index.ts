/**
 * The tags articles may use without importing them. The article page passes this map to
 * <Content components={mdxComponents} />; a tag missing here fails the build, so this list
 * and README.md in this folder must agree.
 */
import ContentLink from '../content/ContentLink.astro';
import Licence from '../content/Licence.astro';
import ScrollableTable from '../content/ScrollableTable.astro';
import SiteName from '../content/SiteName.astro';
import Term from '../content/Term.astro';
import HotlineList from '../tips/HotlineList.astro';
import Practice from '../simulation/Practice.astro';
import WaybillTool from '../tools/WaybillTool.astro';
import TipList from '../tips/TipList.astro';
import CallTranscript from './CallTranscript.astro';
import Callout from './Callout.astro';
import DataFlow from './DataFlow.astro';
import PriceByFreshness from './PriceByFreshness.astro';
import Timeline from './Timeline.astro';
import TimelineItem from './TimelineItem.astro';
import Waybill from './Waybill.astro';
import WaybillCompare from './WaybillCompare.astro';

export const mdxComponents = {
  // Plain Markdown elements that need more than the default HTML.
  a: ContentLink,
  table: ScrollableTable,
  // Tags writers use in articles.
  Term,
  Callout,
  Timeline,
  TimelineItem,
  DataFlow,
  PriceByFreshness,
  CallTranscript,
  Waybill,
  WaybillCompare,
  TipList,
  HotlineList,
  WaybillTool,
  Practice,
  SiteName,
  Licence,
};

/** The tag names, for tests and for checking articles. */
export type MdxTag = keyof typeof mdxComponents;
export const MDX_TAGS = (Object.keys(mdxComponents) as MdxTag[]).filter((tag) => /^[A-Z]/.test(tag));
