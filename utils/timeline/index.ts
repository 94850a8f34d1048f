// STUB
import type { Entity, TimelineEvent } from '../types';
import type { Sentence } from '../text/sentences';
import type { Mention } from '../entities';
import type { FoundTime } from '../times';
export interface TimelineInput {
  sentences: Sentence[];
  entities: Entity[];
  mentions: Mention[];
  times: FoundTime[];
  published: string;
}
export function buildTimeline(_input: TimelineInput): TimelineEvent[] {
  return [];
}
