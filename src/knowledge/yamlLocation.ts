import type { Node } from 'yaml';
import { yaml } from './yamlModule';
import type { ParsedYaml } from './parseYamlFile';

/** Splits an ajv instancePath ("/entries/3/answer") into YAML path keys. */
export function pathFromPointer(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function lineOfOffset(parsed: ParsedYaml, offset: number): number {
  return parsed.lineCounter.linePos(offset).line;
}

function nodeAt(parsed: ParsedYaml, path: readonly (string | number)[]): Node | undefined {
  const found: unknown = path.length === 0 ? parsed.doc.contents : parsed.doc.getIn(path, true);
  return yaml().isNode(found) ? found : undefined;
}

/**
 * Line of the node at `path`, or of its closest existing parent (a missing key is reported on its
 * parent map). With `key`, the line of that key inside the map at `path` (for unknown keys).
 */
export function lineOf(parsed: ParsedYaml, path: readonly (string | number)[], key?: string): number {
  if (key !== undefined) {
    const { isMap, isNode, isScalar } = yaml();
    const map = nodeAt(parsed, path);
    if (isMap(map)) {
      const pair = map.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
      if (pair && isNode(pair.key) && pair.key.range) return lineOfOffset(parsed, pair.key.range[0]);
    }
  }
  for (let depth = path.length; depth >= 0; depth--) {
    const node = nodeAt(parsed, path.slice(0, depth));
    if (node?.range) return lineOfOffset(parsed, node.range[0]);
  }
  return 1;
}
