/** Maps a path inside the parsed YAML document back to a line and column (the `yaml` package's ranges). */
import { isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node } from 'yaml';
import type { PathKey } from './problems';

export interface Position {
  line: number;
  col: number;
  /** How many path keys were found; fewer than the path means the node is missing. */
  found: number;
}

/** Finds the deepest existing node along `path`; `atKey` points at the key rather than the value. */
export function locate(doc: Document, lc: LineCounter, path: readonly PathKey[], atKey = false): Position {
  let node: unknown = doc.contents;
  let offset = doc.contents?.range?.[0] ?? 0;
  let found = 0;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key),
      );
      if (!pair) break;
      const keyNode = pair.key as Node;
      const valueNode = pair.value as Node | null;
      offset = (last && atKey) || !valueNode?.range ? (keyNode.range?.[0] ?? offset) : valueNode.range[0];
      node = valueNode;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item?.range) break;
      offset = item.range[0];
      node = item;
    } else break;
    found++;
  }
  const pos = lc.linePos(offset);
  return { line: pos.line, col: pos.col, found };
}
