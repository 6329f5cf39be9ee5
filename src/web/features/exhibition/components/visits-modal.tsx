import { Button, Group, Modal, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stop } from '../../../../contracts/exhibitions.ts';
import { type FieldErrors, serverFieldErrors } from '../../../lib/form-errors.ts';
import { formatDate } from '../../../lib/format-date-time.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { parisToday } from '../../../lib/paris-time.ts';
import { stopVisitsQueryOptions, useSetVisits } from '../api/exhibition.ts';

/** Visitors per day at a stop; its structure's members record them. */
export function VisitsModal({ stop, canRecord, onClose }: { stop: Stop; canRecord: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const visits = useQuery(stopVisitsQueryOptions(stop.id));
  const today = parisToday();
  const [day, setDay] = useState(today >= stop.opensOn && today <= stop.closesOn ? today : stop.opensOn);
  const [visitors, setVisitors] = useState<number | string>('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useSetVisits();
  const submit = () => {
    if (typeof visitors !== 'number') return setErrors({ visitors: t('validation.required') });
    save.mutate(
      { stopId: stop.id, day, visitors },
      {
        onSuccess: () => {
          notifySuccess(t('exhibition.countSaved'));
          setErrors({});
          setVisitors('');
        },
        onError: (error) => {
          setErrors(serverFieldErrors(error));
          notifyError(error);
        },
      },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
      title={t('exhibition.visitsTitle', { name: stop.structure.name })}
    >
      <Stack>
        {canRecord && (
          <Group align="flex-end" wrap="wrap">
            <TextInput
              type="date"
              label={t('exhibition.day')}
              value={day}
              min={stop.opensOn}
              max={stop.closesOn}
              onChange={(e) => setDay(e.currentTarget.value)}
              error={errors.day}
            />
            <NumberInput label={t('exhibition.visitors')} min={0} value={visitors} onChange={setVisitors} error={errors.visitors} w={120} />
            <Button onClick={submit} loading={save.isPending}>
              {t('exhibition.saveCount')}
            </Button>
          </Group>
        )}
        {visits.data && visits.data.days.length === 0 && <Text c="dimmed">{t('exhibition.visitsNone')}</Text>}
        {visits.data && visits.data.days.length > 0 && (
          <>
            <Text fw={600}>{t('exhibition.visitsTotal', { count: visits.data.total })}</Text>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('exhibition.day')}</Table.Th>
                  <Table.Th ta="right">{t('exhibition.visitors')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {visits.data.days.map((d) => (
                  <Table.Tr key={d.day}>
                    <Table.Td>{formatDate(d.day, i18n.language)}</Table.Td>
                    <Table.Td ta="right">{d.visitors}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Modal>
  );
}
