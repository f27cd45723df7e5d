/** The writing guide shown above the body for kinds with a fixed shape, as an i18n key. */
export function structureHintKey(structure: string | undefined): string | null {
  switch (structure ?? '') {
    case 'points':
      return 'materialEditor.talkingPointsHint';
    case 'qa':
      return 'materialEditor.qaHint';
    case 'coverage':
      return 'materialEditor.coverageHint';
    default:
      return null;
  }
}
