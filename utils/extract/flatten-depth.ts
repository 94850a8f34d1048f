// Readability's cost grows with nesting depth times node count, and a hostile or broken page can nest
// thousands of elements (a 14 kB page with 1,400 nested <div>s took Readability 40 s). No real article
// needs more than a few dozen levels, so elements below MAX_DEPTH are unwrapped: their children take
// their place, text and order unchanged.

const MAX_DEPTH = 48;

export function flattenDeepNesting(root: Element | null): number {
  if (!root) return 0;
  let unwrapped = 0;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    let child = el.firstElementChild;
    while (child) {
      const next = child.nextElementSibling;
      if (depth + 1 >= MAX_DEPTH && child.firstElementChild) {
        // pull the grandchildren up one level and look at this spot again
        const first = child.firstChild;
        child.replaceWith(...Array.from(child.childNodes));
        unwrapped++;
        child = first && first.parentNode === el ? (first.nodeType === 1 ? (first as Element) : nextElement(first)) : next;
        continue;
      }
      stack.push([child, depth + 1]);
      child = next;
    }
  }
  return unwrapped;
}

function nextElement(n: Node): Element | null {
  let x: Node | null = n.nextSibling;
  while (x && x.nodeType !== 1) x = x.nextSibling;
  return x as Element | null;
}
