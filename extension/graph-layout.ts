// Where the memory page draws an entity's relations: the entity in the middle, its neighbours on a ring,
// the most linked first, clockwise from just right of the top. Half a step off the vertical, no neighbour
// sits straight above the middle, where the entity's own name is written. Plain arithmetic, no force simulation: a star needs none,
// and the picture stays the same each time the page opens.

import type { MemoryRelation } from '../utils/memory/types';

export interface GraphNode {
  relation: MemoryRelation;
  /** events linking it to the centre, all types together */
  total: number;
  x: number;
  y: number;
}

export interface GraphLayout {
  width: number;
  /** the drawn part of the box: from `top`, `height` high (a few neighbours leave the bottom empty) */
  top: number;
  height: number;
  centre: { x: number; y: number };
  nodes: GraphNode[];
  /** relations left off the picture (the list below it shows all) */
  hidden: number;
}

export const totalCount = (r: MemoryRelation): number => Object.values(r.counts).reduce((a, b) => a + (b ?? 0), 0);

export function radialLayout(relations: MemoryRelation[], opts: { width?: number; height?: number; max?: number } = {}): GraphLayout {
  const width = opts.width ?? 560;
  const height = opts.height ?? 340;
  const max = opts.max ?? 12;
  const ranked = relations
    .map((relation) => ({ relation, total: totalCount(relation) }))
    .sort((a, b) => b.total - a.total || a.relation.name.localeCompare(b.relation.name));
  const shown = ranked.slice(0, max);
  const centre = { x: width / 2, y: height / 2 };
  // an ellipse that fills the box, leaving room for the labels
  const rx = width / 2 - 90;
  const ry = height / 2 - 40;
  const nodes = shown.map((n, i) => {
    const step = (2 * Math.PI) / Math.max(shown.length, 1);
    const angle = -Math.PI / 2 + step / 2 + step * i;
    return { ...n, x: Math.round(centre.x + rx * Math.cos(angle)), y: Math.round(centre.y + ry * Math.sin(angle)) };
  });
  // labels sit below each node, the entity's name above it: room for both
  const ys = [centre.y - 20, ...nodes.map((n) => (n.y < centre.y ? n.y - 12 : n.y))];
  const top = Math.max(0, Math.min(...ys) - 20);
  const bottom = Math.min(height, Math.max(...ys) + 36);
  return { width, top, height: bottom - top, centre, nodes, hidden: ranked.length - shown.length };
}
