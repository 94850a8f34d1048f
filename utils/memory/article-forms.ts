// The organisations and people one analysis names, as forms to merge into the memory: the pipeline's
// entities, acronyms the text spells out added as aliases, and parties of events the entity list lacks.

import type { Analysis } from '../types';
import { isAcronym, spelledOut, standsFor } from './acronym';
import { nameKey } from './name-key';
import type { MemoryEntity } from './types';

export interface ArticleForm {
  name: string;
  type: MemoryEntity['type'];
  aliases: string[];
  /** the key this form had in an exported memory: kept on import when nothing else claims it */
  key?: string;
}

const KEPT = new Set(['organization', 'person']);

export function articleForms(a: Pick<Analysis, 'entities' | 'timeline' | 'text'>): ArticleForm[] {
  const forms: ArticleForm[] = a.entities
    .filter((e) => KEPT.has(e.type) && nameKey(e.name))
    .map((e) => ({ name: e.name, type: e.type as ArticleForm['type'], aliases: e.aliases.filter((x) => x !== e.name) }));
  for (const f of forms) {
    const acr = spelledOut(a.text ?? '', f.name);
    if (acr && !f.aliases.includes(acr)) f.aliases.push(acr);
  }
  // "FTC" listed apart from "Federal Trade Commission" in the same article is the same body
  const folded = forms.filter((f) => {
    if (!isAcronym(f.name)) return true;
    const full = forms.find((g) => g !== f && standsFor(f.name, g.name));
    if (!full) return true;
    full.aliases.push(f.name, ...f.aliases.filter((x) => !full.aliases.includes(x)));
    return false;
  });
  for (const ev of a.timeline) {
    for (const p of ev.parties) if (!formOf(folded, p) && nameKey(p)) folded.push({ name: p, type: 'organization', aliases: [] });
  }
  return folded;
}

/** The form a party name refers to: by name or alias, then by merge key. */
export function formOf(forms: ArticleForm[], party: string): ArticleForm | undefined {
  const exact = forms.find((f) => f.name === party || f.aliases.includes(party));
  if (exact) return exact;
  const k = nameKey(party);
  return forms.find((f) => nameKey(f.name) === k || f.aliases.some((x) => nameKey(x) === k));
}
