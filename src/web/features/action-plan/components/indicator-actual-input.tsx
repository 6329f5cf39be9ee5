import { NumberInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanAction } from '../../../../contracts/action-plans.ts';
import { notifyError } from '../../../lib/notify.tsx';
import { useUpdateAction } from '../api/action-plans.ts';

/** The indicator's actual value, saved when the field is left with another number. */
export function IndicatorActualInput({ action, planId, index }: { action: PlanAction; planId: string; index: number }) {
  const { t } = useTranslation();
  const update = useUpdateAction();
  const indicator = action.indicators[index]!;
  const [value, setValue] = useState<string | number>(indicator.actual);
  const save = () => {
    const actual = Number(value);
    if (value === '' || !Number.isFinite(actual) || actual === indicator.actual) return;
    const indicators = action.indicators.map((item, position) => (position === index ? { ...item, actual } : item));
    update.mutate({ planId, id: action.id, version: action.version, indicators }, { onError: notifyError });
  };
  return (
    <NumberInput
      size="xs"
      w={100}
      min={0}
      aria-label={t('actionPlan.actualOf', { label: indicator.label })}
      value={value}
      onChange={setValue}
      onBlur={save}
      onKeyDown={(event) => event.key === 'Enter' && save()}
      disabled={update.isPending}
    />
  );
}
