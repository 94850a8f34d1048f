// Styles a page's Content-Security-Policy cannot block: a constructed stylesheet adopted by the document
// or a shadow root is not subject to `style-src`, where an inserted <style> element is (a page served
// with `style-src 'none'` would otherwise get an unstyled sidebar and invisible highlights).

type StyleRoot = Document | ShadowRoot;

/** `marker` occurs in the text of the sheet's first rule; `id` names the fallback <style>. */
export interface SheetKey {
  marker: string;
  id: string;
}

const docOf = (root: StyleRoot): Document => (root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : (root.ownerDocument ?? document));

/** Removes what adoptCss put in `root` under this key, whichever bundle (content.js, sidebar.js) put it. */
export function dropCss(root: StyleRoot, { marker, id }: SheetKey): void {
  const ours = (s: CSSStyleSheet): boolean => s.cssRules[0]?.cssText.includes(marker) ?? false;
  try {
    if (root.adoptedStyleSheets.some(ours)) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => !ours(s));
  } catch {
    // no adoptedStyleSheets here
  }
  const doc = docOf(root);
  (root === doc ? doc.getElementById(id) : root.querySelector(`#${id}`))?.remove();
}

/** Applies `css` to `root` in place of any earlier sheet under the same key. */
export function adoptCss(root: StyleRoot, css: string, key: SheetKey): void {
  dropCss(root, key);
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // no constructable stylesheets (or not across a content script's boundary): a plain <style>
    const doc = docOf(root);
    const style = doc.createElement('style');
    style.id = key.id;
    style.textContent = css;
    (root === doc ? (doc.head ?? doc.documentElement) : root).append(style);
  }
}
