/**
 * Names people use for the same thing, so a search for one finds texts that use another. Kyrgyz texts call the
 * national hotline 189 «ысык линия» (docs/GLOSSARY.md), but many still type «ишеним телефону».
 */
const SYNONYMS: { pattern: RegExp; alternatives: string[] }[] = [
  { pattern: /ишеним\s+телефон\p{L}*/u, alternatives: ['ысык линия'] },
  { pattern: /ысык\s+лини\p{L}*/u, alternatives: ['ишеним телефону'] },
];

/** The query as typed plus each rewording a synonym allows (at most a few; each is searched and the results merged). */
export function searchAlternatives(query: string): string[] {
  const typed = query.trim();
  const lower = typed.toLowerCase();
  const rewordings = SYNONYMS.flatMap(({ pattern, alternatives }) =>
    pattern.test(lower) ? alternatives.map((alternative) => lower.replace(pattern, alternative)) : [],
  );
  return [...new Set([typed, ...rewordings])].slice(0, 4);
}
