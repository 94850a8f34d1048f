// Wire-style sign-off lines at the foot of a story: "Reporting by A in Paris and B; Writing by C; Editing by D".
// Each part names a role; reporters and writers are the story's authors, editors, photographers and those who
// added reporting are not.

import { splitByline } from './split-byline';

const AUTHOR_ROLES = ['reporting', 'reported', 'writing', 'written', 'words', 'text', 'story', 'compiled'];
const OTHER_ROLES = [
  'additional reporting', 'further reporting', 'contributed reporting', 'editing', 'edited', 'graphics', 'illustrations?',
  'photos?', 'photographs?', 'photography', 'video', 'production', 'produced', 'research', 'fact[- ]checking', 'translation',
  'translated',
];
const ROLE = `(?:${[...OTHER_ROLES, ...AUTHOR_ROLES].join('|')})`;
/** A line that opens with a role: cheap enough to test on the first text of every element. */
export const ROLE_START = new RegExp(`^\\s*${ROLE}\\s+by\\s+\\p{Lu}`, 'iu');
const PART = new RegExp(`^\\s*(${ROLE})\\s+by\\s+(.+)$`, 'iu');
const IS_AUTHOR_ROLE = new RegExp(`^(?:${AUTHOR_ROLES.join('|')})$`, 'i');
// "A in Palo Alto, California, and B in Berlin": the place runs to the next "and" or the end of the part
const PLACE = /\s+(?:in|from)\s+\p{Lu}.*?(?=,?\s+(?:and|&)\s+\p{Lu}|$)/gu;
const MAX_PARTS = 8;

/** The authors a sign-off line names, or null when the text is no such line. */
export function roleLineAuthors(text: string): string[] | null {
  const parts = text.split(/\s*;\s*|\.\s+(?=\p{Lu})/u).filter((p) => p.trim());
  if (!parts.length || parts.length > MAX_PARTS || !PART.test(parts[0]!)) return null;
  const names: string[] = [];
  for (const part of parts) {
    const m = PART.exec(part);
    if (!m) break;
    if (!IS_AUTHOR_ROLE.test(m[1]!.replace(/\s+/g, ' '))) continue;
    names.push(...splitByline(m[2]!.replace(PLACE, '')).names);
  }
  return [...new Set(names)];
}
