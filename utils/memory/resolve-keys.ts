// Which remembered entity each form of a new article is. The store looks up every key the forms could have
// (lookupKeys), then this decides, in order of trust:
//   1. the name's key is an entity's key                      ("Microsoft Corp." -> microsoft)
//   2. the name's key is an alias of exactly one entity        ("FTC" -> federal trade commission)
//   3. a distinctive alias (an acronym, or two words or more) is an entity's key or one entity's alias
// Steps 2 and 3 need the same type. A one-word alias alone ("Commission", "Altman") never merges two records:
// too many bodies are "the Commission".

import { isAcronym } from './acronym';
import type { ArticleForm } from './article-forms';
import { nameKey, wordCount } from './name-key';
import type { EntityForm } from './records';
import type { MemoryEntity } from './types';

type Kind = MemoryEntity['type'];

export interface Known {
  /** key -> type of existing entities */
  entities: Map<string, Kind>;
  /** alias key -> entities that have it */
  aliasOwners: Map<string, string[]>;
}

export const lookupKeys = (forms: ArticleForm[]): string[] =>
  [...new Set(forms.flatMap((f) => [...[f.name, ...f.aliases].map(nameKey), f.key ?? '']).filter(Boolean))];

function soleOwner(known: Known, k: string, type: Kind): string | null {
  const owners = (known.aliasOwners.get(k) ?? []).filter((o) => known.entities.get(o) === type);
  return owners.length === 1 ? owners[0]! : null;
}

export function resolveKey(form: ArticleForm, known: Known): string {
  if (form.key && known.entities.has(form.key)) return form.key;
  const k = nameKey(form.name);
  if (known.entities.has(k)) return k;
  const owner = soleOwner(known, k, form.type);
  if (owner) return owner;
  for (const alias of form.aliases) {
    if (!isAcronym(alias) && wordCount(alias) < 2) continue;
    const ka = nameKey(alias);
    if (known.entities.get(ka) === form.type) return ka;
    const o = soleOwner(known, ka, form.type);
    if (o) return o;
  }
  return form.key ?? k;
}

/** One form per key: two forms of the article that resolve to one entity become one. */
export function resolveForms(forms: ArticleForm[], known: Known): { entities: EntityForm[]; keyOf: Map<ArticleForm, string> } {
  const byKey = new Map<string, EntityForm>();
  const keyOf = new Map<ArticleForm, string>();
  for (const f of forms) {
    const key = resolveKey(f, known);
    keyOf.set(f, key);
    const had = byKey.get(key);
    if (!had) byKey.set(key, { key, name: f.name, type: f.type, aliases: [...new Set(f.aliases)] });
    else for (const x of [f.name, ...f.aliases]) if (x !== had.name && !had.aliases.includes(x)) had.aliases.push(x);
  }
  return { entities: [...byKey.values()], keyOf };
}
