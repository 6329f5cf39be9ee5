import { Button, Group, Paper, ScrollArea, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VENUE_FIELDS, type VenueColumns, type VenueField, venueMappingCreateSchema } from '../../../../contracts/opendata.ts';
import { serverFieldErrors, validate } from '../../../lib/form-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { useForm } from '../../../lib/use-form.ts';
import { vocabularyOptions } from '../../../lib/vocabulary-options.ts';
import { createVenueMapping, discoveryKeys } from '../api/discovery.ts';
import type { VenuePreview } from './venue-file-preview.ts';

interface VenueMappingFormProps {
  structureId: string;
  preview: VenuePreview;
  /** The mapping saved, by name, to import the file with it at once. */
  onSaved: (name: string) => void;
}

/** Picks the column a name looks like, so the usual files need few choices. */
function guessColumns(columns: string[]): VenueColumns {
  const find = (pattern: RegExp) => columns.find((column) => pattern.test(column.normalize('NFD').replace(/\p{M}/gu, '')));
  const guesses: Partial<Record<VenueField, RegExp>> = {
    name: /^(nom|name|libelle|titre)/i,
    address: /adresse|address/i,
    postcode: /code.?postal|^cp$|postcode/i,
    city: /^(commune|ville|city)/i,
    latitude: /^lat(itude)?$/i,
    longitude: /^(lon|lng|longitude)$/i,
    latlon: /geo_point|coordonnees/i,
  };
  return Object.fromEntries(
    Object.entries(guesses).flatMap(([field, pattern]) => {
      const column = find(pattern);
      return column ? [[field, column]] : [];
    }),
  );
}

/** The file's columns and first rows, and a form naming which column fills which field; saved as the structure's mapping. */
export function VenueMappingForm({ structureId, preview, onSaved }: VenueMappingFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ name: '', label: '', sector: 'cultural' as string | null });
  const [columns, setColumns] = useState<VenueColumns>(() => guessColumns(preview.columns));
  const [columnsError, setColumnsError] = useState(false);
  const save = useMutation({
    mutationFn: createVenueMapping,
    onSuccess: (mapping) => {
      notifySuccess(t('territoryDiscovery.mapping.saved', { label: mapping.label }));
      onSaved(mapping.name);
      return queryClient.invalidateQueries({ queryKey: discoveryKeys.all });
    },
    onError: (error) => {
      form.setErrors(serverFieldErrors(error));
      notifyError(error);
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    const checked = validate(venueMappingCreateSchema, { ...form.values, structureId, columns }, t);
    setColumnsError(!checked.ok && Boolean(checked.errors.columns));
    if (!checked.ok) return form.setErrors(checked.errors);
    save.mutate(checked.data);
  };
  const options = preview.columns.map((column) => ({ value: column, label: column }));

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="venue-mapping-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="venue-mapping-title">
          {t('territoryDiscovery.mapping.title')}
        </Title>
        {preview.columns.length === 0 ? (
          <Text size="sm" c="red.8">
            {t('territoryDiscovery.mapping.noColumns')}
          </Text>
        ) : (
          <ScrollArea type="auto" viewportProps={{ tabIndex: 0, 'aria-label': t('territoryDiscovery.mapping.preview') }}>
            <Table withTableBorder fz="xs" miw={Math.min(160 * preview.columns.length, 1600)}>
              <Table.Caption>{t('territoryDiscovery.mapping.preview')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {preview.columns.map((column) => (
                    <Table.Th key={column}>{column}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.rows.map((row, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: preview rows have no identity
                  <Table.Tr key={index}>
                    {preview.columns.map((column) => (
                      <Table.Td key={column}>{row[column]?.slice(0, 60)}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {VENUE_FIELDS.map((field) => (
                <Select
                  key={field}
                  label={t(`territoryDiscovery.mapping.fields.${field}`)}
                  data={options}
                  value={columns[field] ?? null}
                  onChange={(value) => setColumns((current) => ({ ...current, [field]: value ?? undefined }))}
                  required={field === 'name'}
                  clearable
                  searchable
                />
              ))}
            </SimpleGrid>
            <Text size="xs" c={columnsError ? 'red.8' : 'dimmed'} role={columnsError ? 'alert' : undefined}>
              {t('territoryDiscovery.mapping.columnsRule')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                label={t('territoryDiscovery.mapping.name')}
                description={t('territoryDiscovery.mapping.nameHint')}
                required
                {...form.textProps('name')}
              />
              <TextInput label={t('territoryDiscovery.mapping.label')} required {...form.textProps('label')} />
              <Select
                label={t('territoryDiscovery.mapping.sector')}
                data={vocabularyOptions(t).sectors}
                value={form.values.sector}
                onChange={(value) => form.setField('sector', value)}
                error={form.errors.sector}
                allowDeselect={false}
                required
              />
            </SimpleGrid>
            <Group>
              <Button type="submit" variant="light" leftSection={<IconDeviceFloppy size={16} aria-hidden />} loading={save.isPending}>
                {t('territoryDiscovery.mapping.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
