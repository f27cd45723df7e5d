/** How a kind of material shapes its body: free text, numbered points, question/answer pairs, or media coverage. */
export const BODY_STRUCTURES = ['text', 'points', 'qa', 'coverage'] as const;
export type BodyStructure = (typeof BODY_STRUCTURES)[number];
