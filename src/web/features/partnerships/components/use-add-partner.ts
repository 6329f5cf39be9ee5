import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { organisationCreateSchema, organisationDuplicatesSchema } from '../../../../contracts/organisations.ts';
import { organisationPath } from '../../../app/paths.ts';
import { isApiError } from '../../../lib/api-error.ts';
import { serverFieldErrors, validate } from '../../../lib/form-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { useForm } from '../../../lib/use-form.ts';
import { useMe } from '../../accounts/api/me.ts';
import type { Member } from '../../memberships/api/structure-members.ts';
import { useCreateOrganisation } from '../../organisations/api/organisations.ts';
import type { Duplicate } from '../../organisations/components/duplicate-list.tsx';
import { EMPTY_DRAFT, toOrganisationCreate } from '../../organisations/components/organisation-candidate.ts';
import { useOrganisationDuplicates } from '../../organisations/components/use-organisation-duplicates.ts';
import { useCreatePartnership } from '../api/partnerships.ts';
import type { Stage } from './stage-badge.tsx';

export type Picked = Duplicate['organisation'];

/** The existing records a 409 on creation names, when an identifier is already known. */
function conflictDuplicates(error: unknown): Duplicate[] {
  if (!isApiError(error) || error.status !== 409) return [];
  const parsed = organisationDuplicatesSchema.safeParse({ items: (error.problem.current as { duplicates?: unknown })?.duplicates });
  return parsed.success ? parsed.data.items : [];
}

interface AddPartnerOptions {
  opened: boolean;
  onClose: () => void;
  structure: { id: string; name: string };
  members: Member[];
}

/**
 * The drawer's state and its two-step save: create the organisation unless one was picked from
 * the directory, then follow it for the current structure.
 */
export function useAddPartner({ opened, onClose, structure, members }: AddPartnerOptions) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const form = useForm(EMPTY_DRAFT);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [conflicts, setConflicts] = useState<Duplicate[]>([]);
  const [stage, setStage] = useState<Stage>('identified');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const { duplicates, isChecking } = useOrganisationDuplicates(form.values, opened && picked === null);
  const createOrganisation = useCreateOrganisation();
  const createPartnership = useCreatePartnership();

  // biome-ignore lint/correctness/useExhaustiveDependencies: only the opening matters
  useEffect(() => {
    if (!opened) return;
    form.reset(EMPTY_DRAFT);
    setPicked(null);
    setConflicts([]);
    setStage('identified');
    setOwnerId(members.some((member) => member.id === me.user.id) ? me.user.id : null);
  }, [opened]);

  const follow = async (organisation: Picked) => {
    await createPartnership.mutateAsync({ organisationId: organisation.id, structureId: structure.id, stage, ownerId });
    notifySuccess(t('partners.add.done', { name: organisation.name, structure: structure.name }));
    onClose();
    void navigate(organisationPath(organisation.id));
  };

  const createThenFollow = async () => {
    const checked = validate(organisationCreateSchema, toOrganisationCreate(form.values), t);
    if (!checked.ok) return form.setErrors(checked.errors);
    const organisation = await createOrganisation.mutateAsync(checked.data);
    // Created: a retry after a failed follow must not create it twice.
    setPicked(organisation);
    await follow(organisation);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    (picked === null ? createThenFollow() : follow(picked)).catch((error: unknown) => {
      setConflicts(conflictDuplicates(error));
      form.setErrors(serverFieldErrors(error));
      notifyError(error);
    });
  };

  return {
    form,
    picked,
    setPicked,
    stage,
    setStage,
    ownerId,
    setOwnerId,
    onSubmit,
    isChecking,
    /** Identifier conflicts from a refused creation first, else the live check's suggestions. */
    duplicates: conflicts.length > 0 ? conflicts : duplicates,
    busy: createOrganisation.isPending || createPartnership.isPending,
  };
}
