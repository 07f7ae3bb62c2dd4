/**
 * HTML parsing in the browser: DOMParser's document is inert (no script runs, nothing loads) and costs the
 * sidebar no bytes. Chosen over parseHtml.node.ts by the "browser" condition of package.json's "#parse-html".
 */
import type { HtmlTree, TreeReader } from './tree';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

const reader: TreeReader<Node> = {
  elementName: (node) => (node.nodeType === ELEMENT_NODE ? (node as Element).localName : undefined),
  textOf: (node) =>
    node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE
      ? (node as CharacterData).data
      : undefined,
  children: (node) => node.childNodes,
};

export function parseHtml(html: string): HtmlTree<Node> {
  return { root: new DOMParser().parseFromString(html, 'text/html'), reader };
}
