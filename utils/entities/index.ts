// STUB
import type { Entity } from '../types';
import type { Sentence } from '../text/sentences';

export interface Mention {
  entity: number;
  start: number;
  end: number;
}
export function findEntities(_text: string, _sentences: Sentence[]): { entities: Entity[]; mentions: Mention[] } {
  return { entities: [], mentions: [] };
}
