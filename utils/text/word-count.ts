// Words as a reader counts them: space-separated words, and for Chinese, Japanese and Korean, which
// write no spaces, each character.

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/g;

export function countWords(text: string): number {
  if (!text) return 0;
  const cjk = (text.match(CJK) ?? []).length;
  const spaced = text.replace(CJK, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return spaced + cjk;
}

/** Reading time: about 230 words a minute, 500 characters a minute for CJK scripts. */
export function readingMinutes(text: string): number {
  if (!text) return 0;
  const cjk = (text.match(CJK) ?? []).length;
  const spaced = countWords(text) - cjk;
  const minutes = spaced / 230 + cjk / 500;
  return minutes > 0 ? Math.max(1, Math.round(minutes)) : 0;
}
