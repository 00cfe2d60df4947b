// lit-html renders after whatever a container already holds; a server-rendered placeholder ("请先登录")
// goes the first time the script renders there.
const cleared = new WeakSet<Element>();

export function litTarget<E extends HTMLElement>(node: E): E {
  if (!cleared.has(node)) {
    node.replaceChildren();
    cleared.add(node);
  }
  return node;
}
