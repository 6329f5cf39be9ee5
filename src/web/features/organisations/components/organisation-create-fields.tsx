import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../../lib/form-errors.ts';
import { vocabularyOptions } from '../../../lib/vocabulary-options.ts';
import { IDENTIFIER_KEYS, type IdentifierKey, identifierProblem, type OrganisationDraft } from './organisation-candidate.ts';
import type { Sector } from './sector-badge.tsx';

interface OrganisationCreateFieldsProps {
  values: OrganisationDraft;
  errors: FieldErrors;
  setField: <K extends keyof OrganisationDraft>(key: K, value: OrganisationDraft[K]) => void;
  setErrors: (update: (errors: FieldErrors) => FieldErrors) => void;
}

/** Name, sector, place, website and identifiers; each identifier says what it looks like. */
export function OrganisationCreateFields({ values, errors, setField, setErrors }: OrganisationCreateFieldsProps) {
  const { t } = useTranslation();
  const text = (key: Exclude<keyof OrganisationDraft, 'sector'>) => ({
    value: values[key],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => setField(key, event.currentTarget.value),
    error: errors[key],
  });
  // Identifiers are checked when the field is left: mid-typing, every SIRET is "invalid".
  const checkIdentifier = (key: IdentifierKey) => () =>
    setErrors((current) => ({
      ...current,
      [key]: identifierProblem(key, values[key]) ? t(`organisations.identifiers.${key}Invalid`) : undefined,
    }));

  return (
    <Stack gap="sm">
      <TextInput label={t('fields.name')} required data-autofocus {...text('name')} />
      <Select<Sector>
        label={t('organisations.fields.sector')}
        required
        data={vocabularyOptions(t).sectors as { value: Sector; label: string }[]}
        value={values.sector}
        onChange={(sector) => setField('sector', sector)}
        error={errors.sector}
        allowDeselect={false}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput label={t('fields.postcode')} inputMode="numeric" autoComplete="postal-code" {...text('postcode')} />
        <TextInput label={t('fields.city')} autoComplete="address-level2" {...text('city')} />
      </SimpleGrid>
      <TextInput label={t('organisations.fields.website')} type="url" placeholder="https://" autoComplete="url" {...text('website')} />
      {IDENTIFIER_KEYS.map((key) => (
        <TextInput
          key={key}
          label={t(`organisations.identifiers.${key}`)}
          description={t(`organisations.identifiers.${key}Hint`)}
          autoComplete="off"
          spellCheck={false}
          onBlur={checkIdentifier(key)}
          {...text(key)}
        />
      ))}
    </Stack>
  );
}
