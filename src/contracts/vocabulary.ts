import { z } from 'zod';

/** Closed vocabularies of the domain; labels live in the web catalogues. */
export const SECTORS = ['cultural', 'scientific', 'educational', 'economic', 'institutional', 'social', 'media'] as const;
export const sectorSchema = z.enum(SECTORS);

export const STAGES = ['identified', 'contacted', 'in_discussion', 'committed', 'active', 'durable', 'declined', 'dormant'] as const;
export const stageSchema = z.enum(STAGES);

export const ENGAGEMENTS = ['relay', 'bring_public', 'co_organise', 'host', 'expertise', 'funding', 'action_plan'] as const;
export const engagementSchema = z.enum(ENGAGEMENTS);

export const OBJECTIVES = ['cultural_openness', 'political_openness', 'scientific_openness', 'distant_publics'] as const;
export const objectiveSchema = z.enum(OBJECTIVES);

export const PUBLICS = [
  'youth',
  'families',
  'seniors',
  'disabilities',
  'newcomers',
  'job_seekers',
  'priority_neighbourhoods',
  'school_groups',
  'general',
] as const;
export const publicSchema = z.enum(PUBLICS);

export const EVENT_STATUSES = ['idea', 'proposed', 'planned', 'confirmed', 'held', 'cancelled', 'postponed'] as const;
export const eventStatusSchema = z.enum(EVENT_STATUSES);

export const EVENT_FORMATS = [
  'debate',
  'workshop',
  'urban_walk',
  'screening',
  'science_cafe',
  'guided_tour',
  'conference',
  'other',
] as const;
export const eventFormatSchema = z.enum(EVENT_FORMATS);

export const ATTENDANCE_MODES = ['in_person', 'online', 'mixed'] as const;
export const attendanceModeSchema = z.enum(ATTENDANCE_MODES);

/** The five accessibility labels used by French cultural venues and OpenAgenda (hi, vi, pi, mi, ii). */
export const ACCESSIBILITY_NEEDS = ['hearing', 'visual', 'psychic', 'motor', 'intellectual'] as const;
export const accessibilityNeedSchema = z.enum(ACCESSIBILITY_NEEDS);

export const REGISTRATION_MODES = ['none', 'internal', 'external'] as const;
export const registrationModeSchema = z.enum(REGISTRATION_MODES);

export const EVENT_PARTNER_ROLES = ['co_organiser', 'venue', 'speaker', 'relay', 'funder'] as const;
export const eventPartnerRoleSchema = z.enum(EVENT_PARTNER_ROLES);

/** Events the public agenda shows; a cancelled one stays listed (and STATUS:CANCELLED in iCal). */
export const PUBLIC_EVENT_STATUSES = ['confirmed', 'held', 'postponed', 'cancelled'] as const;
