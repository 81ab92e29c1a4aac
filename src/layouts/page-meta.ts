/** What a page says about itself in its head: the title, the description, whether search engines list it, its share image. */
export interface PageMeta {
  title: string;
  description: string;
  type?: 'website' | 'article';
  noindex?: boolean;
  /** Share image (site path) and its size; the site-wide card when absent. */
  image?: { path: string; width: number; height: number } | undefined;
  /** A page with an address of its own (default). The 404 page is served at whatever address was asked for: it names none. */
  canonical?: boolean;
}
