// Adding and removing one article's forms of an entity. The record's name is the form most articles use
// as the name (the longer one on a tie); every other form seen is an alias.

import { nameKey } from './name-key';
import type { EntityForm, StoredEntity } from './records';
import type { MemoryEntity } from './types';

export function emptyEntity(form: EntityForm): StoredEntity {
  return { key: form.key, name: form.name, type: form.type, aliases: [], aliasKeys: [], nameCounts: {}, aliasCounts: {} };
}

const bump = (counts: Record<string, number>, form: string, k: number): void => {
  const n = (counts[form] ?? 0) + k;
  if (n > 0) counts[form] = n;
  else delete counts[form];
};

function settle(e: StoredEntity): StoredEntity {
  const names = Object.entries(e.nameCounts).sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  if (names[0]) e.name = names[0][0];
  const forms = new Set([...Object.keys(e.nameCounts), ...Object.keys(e.aliasCounts)]);
  forms.delete(e.name);
  e.aliases = [...forms];
  e.aliasKeys = [...new Set([e.key, nameKey(e.name), ...e.aliases.map(nameKey)])].filter(Boolean);
  return e;
}

/** How many articles name it: each article gives every entity exactly one name. */
export const articleCount = (e: StoredEntity): number => Object.values(e.nameCounts).reduce((s, n) => s + n, 0);

export function addForm(e: StoredEntity, form: EntityForm): StoredEntity {
  bump(e.nameCounts, form.name, 1);
  for (const a of form.aliases) bump(e.aliasCounts, a, 1);
  return settle(e);
}

/** null when no article names it any more: the record goes. */
export function removeForm(e: StoredEntity, form: EntityForm): StoredEntity | null {
  bump(e.nameCounts, form.name, -1);
  for (const a of form.aliases) bump(e.aliasCounts, a, -1);
  return articleCount(e) > 0 ? settle(e) : null;
}

/** The shared record, without the store's bookkeeping. */
export const publicEntity = (e: StoredEntity, articleUrls: string[]): MemoryEntity =>
  ({ key: e.key, name: e.name, type: e.type, aliases: [...e.aliases], articleUrls });
