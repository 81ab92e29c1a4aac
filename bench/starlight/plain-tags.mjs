// Our articles use our own MDX tags (<Callout>, <Timeline>, … in src/components/mdx/):
// Starlight has none of them, so each becomes a plain <div> (<span> inside a line) that
// keeps its children, as bench/baseline's <Plain> does.
export function plainTags() {
  return (tree) => {
    const visit = (node) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && /^[A-Z]/.test(node.name ?? '')) {
        node.name = node.type === 'mdxJsxFlowElement' ? 'div' : 'span';
        node.attributes = [];
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree);
  };
}
