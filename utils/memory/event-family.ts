// Which event types can describe the same happening. Two articles often name one deal differently ("Microsoft
// invests in OpenAI" / "Microsoft and OpenAI extend their partnership"), so the deal types share a family.

import type { EventType } from '../types';

export const EVENT_FAMILY: Record<EventType, string> = {
  investment: 'deal',
  partnership: 'deal',
  acquisition: 'deal',
  regulatory: 'regulatory',
  ended: 'ended',
  product: 'product',
  hire: 'hire',
  ipo: 'ipo',
  other: 'other',
};

/** Events that may be one: same family, same parties. The date decides among them. */
export const eventSignature = (type: EventType, partyKeys: string[]): string =>
  `${EVENT_FAMILY[type]}|${[...new Set(partyKeys)].sort().join('+')}`;
