// Kept apart from places.ts: the GeoNames list is only for the entities stage, so the content script,
// which reads bylines with the small list, does not carry it.

import { WORLD_PLACES } from './world-places';

const WORLD: ReadonlySet<string> = new Set(WORLD_PLACES.split('|'));
/** A town or city of the world (GeoNames), matched without case or accents; a fallback after the evidence. */
export const isWorldPlace = (key: string): boolean => WORLD.has(key.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
