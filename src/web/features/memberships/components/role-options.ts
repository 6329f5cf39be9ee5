import type { TFunction } from 'i18next';
import { ROLES, type Role } from '../../../../contracts/roles.ts';

/**
 * Only the coordination may grant the coordinator role, so others are not offered it; a role
 * already held stays listed so the current value still shows.
 */
export function roleOptions(t: TFunction, grantsCoordinator: boolean, current?: Role | null) {
  return ROLES.filter((role) => role !== 'coordinator' || grantsCoordinator || role === current).map((role) => ({
    value: role,
    label: t(`roles.${role}`),
  }));
}
