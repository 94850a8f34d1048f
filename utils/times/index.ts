// STUB: replaced by the times stage.
import type { TimeExpression } from '../types';

export interface FoundTime extends TimeExpression {
  /** offsets of `text` in the analysed text */
  start: number;
  end: number;
}

/** Time expressions in `text`, in order, resolved against `anchor` (YYYY-MM-DD publication date). */
export function findTimes(_text: string, _anchor: string): FoundTime[] {
  return [];
}
