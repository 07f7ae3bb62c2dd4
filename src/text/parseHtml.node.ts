/**
 * HTML parsing in Node (triage, tests, the workspace server): parse5 follows the HTML5 parsing algorithm,
 * so it builds the tree a browser's DOMParser builds, and decodes every named and numeric reference the
 * way browsers do. Scripting off, as in a DOMParser document.
 */
import { type DefaultTreeAdapterTypes, parse } from 'parse5';
import type { HtmlTree, TreeReader } from './tree';

type Node = DefaultTreeAdapterTypes.Node;

const reader: TreeReader<Node> = {
  elementName: (node) => ('tagName' in node ? node.tagName : undefined),
  textOf: (node) => (node.nodeName === '#text' && 'value' in node ? node.value : undefined),
  children: (node) => ('childNodes' in node ? node.childNodes : []),
};

export function parseHtml(html: string): HtmlTree<Node> {
  return { root: parse(html, { scriptingEnabled: false }), reader };
}
