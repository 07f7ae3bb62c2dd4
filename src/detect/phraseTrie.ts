/**
 * The lexicon's phrases as a trie over word numbers (see words.ts), kept in flat arrays: a node is a
 * number; the root's child by a word is read from an array, any other node's from one hash table of
 * (node, word) pairs. Walking a text costs a lookup per word and makes no object.
 */

/** The node every phrase starts from; also "no child" is NO_NODE. */
export const ROOT = 0;
export const NO_NODE = -1;

const pairHash = (node: number, word: number): number =>
  Math.imul(node, 0x2c1b3c6d) ^ Math.imul(word + 1, 0x297a2d39);

export class PhraseTrie<Term> {
  /** What a phrase ending at each node means, if one does. */
  readonly terms: (Term | undefined)[] = [undefined];
  private mask: number;
  /** Slot contents: parent node + 1 (0 is empty), word, child node. */
  private parents: Int32Array;
  private words: Int32Array;
  private children: Int32Array;
  private edges = 0;
  /** The root's children by word (every word of a text is looked up there): one read, no hashing. */
  private rootChildren: Int32Array; // child + 1; 0 is none

  /**
   * Sized for `edges` links and word numbers below `words`, if known: built when the sidebar starts, before
   * the code is optimized, where growing the table (rehashing every link) would cost as much as the links.
   */
  constructor(edges = 0, words = 0) {
    let size = 16;
    while (size < edges * 4) size *= 2;
    this.mask = size - 1;
    this.parents = new Int32Array(size);
    this.words = new Int32Array(size);
    this.children = new Int32Array(size);
    this.rootChildren = new Int32Array(words);
  }

  /** The child of `node` by `word`, or NO_NODE. */
  child(node: number, word: number): number {
    if (node === ROOT) return word < this.rootChildren.length ? (this.rootChildren[word] ?? 0) - 1 : NO_NODE;
    const mask = this.mask;
    for (let slot = pairHash(node, word) & mask; this.parents[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.parents[slot] === node + 1 && this.words[slot] === word) return this.children[slot] ?? NO_NODE;
    }
    return NO_NODE;
  }

  /** The node at the end of `words` from the root, made where missing. */
  add(words: readonly number[]): number {
    let node = ROOT;
    for (let i = 0; i < words.length; i++) node = this.extend(node, words[i] ?? 0);
    return node;
  }

  /** The child of `node` by `word`, made if missing. */
  extend(node: number, word: number): number {
    let next = this.child(node, word);
    if (next === NO_NODE) {
      next = this.terms.length;
      this.terms.push(undefined);
      this.link(node, word, next);
    }
    return next;
  }

  private link(node: number, word: number, child: number): void {
    if (node === ROOT) {
      if (word >= this.rootChildren.length) {
        const larger = new Int32Array(Math.max(word + 1, this.rootChildren.length * 2));
        larger.set(this.rootChildren);
        this.rootChildren = larger;
      }
      this.rootChildren[word] = child + 1;
      return;
    }
    // At most a quarter full, so a walk that leaves the lexicon mostly stops at an empty slot.
    if ((this.edges + 1) * 4 > this.mask + 1) this.resize((this.mask + 1) * 2);
    this.insert(node, word, child);
    this.edges++;
  }

  private insert(node: number, word: number, child: number): void {
    let slot = pairHash(node, word) & this.mask;
    while (this.parents[slot] !== 0) slot = (slot + 1) & this.mask;
    this.parents[slot] = node + 1;
    this.words[slot] = word;
    this.children[slot] = child;
  }

  private resize(size: number): void {
    const { parents, words, children } = this;
    this.mask = size - 1;
    this.parents = new Int32Array(size);
    this.words = new Int32Array(size);
    this.children = new Int32Array(size);
    parents.forEach((parent, slot) => {
      if (parent !== 0) this.insert(parent - 1, words[slot] ?? 0, children[slot] ?? 0);
    });
  }
}
