// A chart tree (charts.ts) as SVG elements; text only through textContent.
import type { ChartNode } from './charts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function toSvg(tree: ChartNode, doc: Document = document): SVGElement {
  const node = doc.createElementNS(SVG_NS, tree.tag) as SVGElement;
  for (const [key, value] of Object.entries(tree.attrs)) if (key !== 'xmlns') node.setAttribute(key, String(value));
  if (tree.text !== null) node.textContent = tree.text;
  for (const child of tree.children) node.appendChild(toSvg(child, doc));
  return node;
}
