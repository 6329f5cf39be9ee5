import type { TFunction } from 'i18next';
import type { PartnershipEngagement } from '../../../../contracts/engagement.ts';

type Suggestion = NonNullable<PartnershipEngagement['suggestion']>;

/** The suggested next step as a sentence, quoting the overdue step or action when there is one. */
export const suggestionText = (t: TFunction, suggestion: Suggestion) =>
  t(`reports.suggestions.${suggestion.kind}`, { detail: suggestion.detail ?? '' });
