/**
 * Defines the custom element of an interactive part. The component draws its markup at
 * build time; `mount` brings that markup to life once, however often the element is
 * attached (moving an element in the page calls connectedCallback again).
 */
export function defineIsland(name: string, mount: (root: HTMLElement) => void): void {
  if (customElements.get(name)) return;
  customElements.define(
    name,
    class extends HTMLElement {
      connectedCallback(): void {
        if (this.dataset['mounted']) return;
        this.dataset['mounted'] = 'true';
        mount(this);
      }
    },
  );
}
