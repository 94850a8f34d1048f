// STUB
import type { Entity } from '../types';
import type { Sentence } from '../text/sentences';
export function summarize(sentences: Sentence[], _entities: Entity[], _title: string | null, n = 3): string[] {
  return sentences.slice(0, n).map((s) => s.text);
}
