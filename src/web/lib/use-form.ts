import { type ChangeEvent, useState } from 'react';
import type { FieldErrors } from './form-errors.ts';

type StringKeys<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];

/** Just enough form state for our small forms; @mantine/form is not a dependency. */
export function useForm<T extends Record<string, unknown>>(initialValues: T) {
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<FieldErrors>({});

  function setField<K extends keyof T>(key: K, value: T[K]): void {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
  }

  function textProps<K extends StringKeys<T>>(key: K) {
    return {
      value: values[key] as string,
      onChange: (event: ChangeEvent<HTMLInputElement>) => setField(key, event.currentTarget.value as T[K]),
      error: errors[key as string],
    };
  }

  function reset(next: T = initialValues): void {
    setValues(next);
    setErrors({});
  }

  return { values, errors, setErrors, setField, textProps, reset };
}
