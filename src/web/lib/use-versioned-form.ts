import type { FormEvent } from 'react';
import { useState } from 'react';
import { isStaleError } from './error-message.ts';
import { serverFieldErrors, type Validation } from './form-errors.ts';
import { notifyError, notifySuccess } from './notify.tsx';
import { useForm } from './use-form.ts';

interface SaveCallbacks<R> {
  onSuccess: (saved: R) => void;
  onError: (error: unknown) => void;
}

export interface VersionedFormOptions<R extends { version: number }, V extends Record<string, unknown>, B> {
  record: R;
  toValues: (record: R) => V;
  /** Builds the body with the version the form was filled from, checked with the contract schema. */
  check: (values: V, version: number) => Validation<B>;
  save: (body: B, callbacks: SaveCallbacks<R>) => void;
  /** The record as a 409 sends it back, when it can be read. */
  parseCurrent: (current: unknown) => R | null;
  /** Reads the record afresh, and keeps it where the page reads it. */
  fetchFresh: () => Promise<R>;
  store: (record: R) => void;
  savedMessage: string;
}

/**
 * A record edited in place: the form keeps the version it was filled from, not whatever a
 * background refetch brought since, so saving fails with 409 if someone else saved in between.
 * Then `stale` is set, and `reload` shows the saved version for the user to redo their change.
 */
export function useVersionedForm<R extends { version: number }, V extends Record<string, unknown>, B>(
  options: VersionedFormOptions<R, V, B>,
) {
  const { record, toValues } = options;
  const form = useForm(toValues(record));
  const [version, setVersion] = useState(record.version);
  const [stale, setStale] = useState<{ current: R | null } | null>(null);

  const showRecord = (fresh: R) => {
    form.reset(toValues(fresh));
    setVersion(fresh.version);
  };

  const reload = async () => {
    try {
      const fresh = stale?.current ?? (await options.fetchFresh());
      options.store(fresh);
      showRecord(fresh);
      setStale(null);
    } catch (error) {
      notifyError(error);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const checked = options.check(form.values, version);
    if (!checked.ok) return form.setErrors(checked.errors);
    options.save(checked.data, {
      onSuccess: (saved) => {
        showRecord(saved);
        notifySuccess(options.savedMessage);
      },
      onError: (error) => {
        if (isStaleError(error)) return setStale({ current: options.parseCurrent(error.problem.current) });
        form.setErrors(serverFieldErrors(error));
        notifyError(error);
      },
    });
  };

  return { form, isStale: stale !== null, reload, onSubmit };
}
