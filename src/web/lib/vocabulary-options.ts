import type { TFunction } from 'i18next';
import { ENGAGEMENTS, OBJECTIVES, PUBLICS, SECTORS, STAGES } from '../../contracts/vocabulary.ts';

/** Select and MultiSelect data for the closed vocabularies, labelled in the interface's language. */
export function vocabularyOptions(t: TFunction) {
  return {
    stages: STAGES.map((value) => ({ value, label: t(`stages.${value}`) })),
    sectors: SECTORS.map((value) => ({ value, label: t(`sectors.${value}`) })),
    engagements: ENGAGEMENTS.map((value) => ({ value, label: t(`engagements.${value}`) })),
    objectives: OBJECTIVES.map((value) => ({ value, label: t(`objectives.${value}`) })),
    publics: PUBLICS.map((value) => ({ value, label: t(`publics.${value}`) })),
  };
}
