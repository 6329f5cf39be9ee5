import { type PARTNERSHIP_SORTS, partnershipListQuery } from '../../../../contracts/partnerships.ts';
import { ENGAGEMENTS, OBJECTIVES, SECTORS, STAGES } from '../../../../contracts/vocabulary.ts';
import { BOARD_VIEW, VIEW_PARAM } from '../../../app/paths.ts';
import type { ListQuery } from '../api/partnerships.ts';

export const FILTER_KEYS = ['q', 'stage', 'sector', 'engagement', 'objective', 'tag', 'commune', 'owner', 'dormant', 'since'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

/** Parameter names as they show in the address bar, in French like the rest of the URL. */
const URL_PARAMS: Record<FilterKey, string> = {
  q: 'q',
  stage: 'etape',
  sector: 'secteur',
  engagement: 'engagement',
  objective: 'objectif',
  tag: 'etiquette',
  commune: 'commune',
  owner: 'responsable',
  dormant: 'veille',
  since: 'depuis',
};
const PAGE_PARAM = 'page';
const SIZE_PARAM = 'par-page';
const SORT_PARAM = 'tri';

/** The list endpoint's name for each filter. */
const API_PARAMS: Record<FilterKey, string> = {
  q: 'q',
  stage: 'stage',
  sector: 'sector',
  engagement: 'engagement',
  objective: 'objective',
  tag: 'tag',
  commune: 'inseeCode',
  owner: 'ownerId',
  dormant: 'dormant',
  since: 'updatedSince',
};

/** `veille=oui` in the address, `dormant=true` for the server. */
export const DORMANT_VALUES = { oui: 'true', non: 'false' } as const;
const apiValue = (key: FilterKey, value: string): string =>
  key === 'dormant' ? DORMANT_VALUES[value as keyof typeof DORMANT_VALUES] : value;

/**
 * Filters the partnership list accepts today. The contract is strict, so sending another one
 * would fail the whole request: a filter the server does not know yet is simply not offered.
 */
export const SUPPORTED_FILTERS: readonly FilterKey[] = FILTER_KEYS.filter((key) => API_PARAMS[key] in partnershipListQuery.shape);

export const SORT_COLUMNS = {
  organisation: 'organisationName',
  etape: 'stage',
  'prochaine-etape': 'nextStepOn',
  'mise-a-jour': 'updatedAt',
} as const satisfies Record<string, (typeof PARTNERSHIP_SORTS)[number]>;
export type SortColumn = keyof typeof SORT_COLUMNS;
export interface Sort {
  column: SortColumn;
  descending: boolean;
}

export const PAGE_SIZES = [25, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 25;

export interface PartnersView {
  board: boolean;
  page: number;
  pageSize: number;
  /** null: the server's order, most recently updated first. */
  sort: Sort | null;
  filters: Filters;
}

const oneOf = (values: readonly string[]) => (value: string) => values.includes(value);
const VALID: Record<FilterKey, (value: string) => boolean> = {
  q: (value) => value.trim().length > 0 && value.length <= 200,
  stage: oneOf(STAGES),
  sector: oneOf(SECTORS),
  engagement: oneOf(ENGAGEMENTS),
  objective: oneOf(OBJECTIVES),
  tag: (value) => value.trim().length > 0 && value.length <= 40,
  /** An INSEE code: a commune, or a Paris, Lyon or Marseille arrondissement. */
  commune: (value) => /^(\d{5}|2[AB]\d{3})$/.test(value),
  dormant: oneOf(Object.keys(DORMANT_VALUES)),
  owner: (value) => value.length > 0 && value.length <= 64,
  since: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)),
};

function parseSort(raw: string | null): Sort | null {
  if (raw === null) return null;
  const descending = raw.startsWith('-');
  const column = descending ? raw.slice(1) : raw;
  return column in SORT_COLUMNS ? { column: column as SortColumn, descending } : null;
}

function positive(raw: string | null, fallback: number): number {
  const value = Number(raw);
  return Number.isInteger(value) && value >= 1 ? value : fallback;
}

/** A hand-edited or outdated URL never breaks the page: what cannot be read is ignored. */
export function parseView(params: URLSearchParams): PartnersView {
  const filters: Filters = {};
  for (const key of SUPPORTED_FILTERS) {
    const value = params.get(URL_PARAMS[key]);
    if (value !== null && VALID[key](value)) filters[key] = value;
  }
  const size = positive(params.get(SIZE_PARAM), DEFAULT_PAGE_SIZE);
  return {
    board: params.get(VIEW_PARAM) === BOARD_VIEW,
    page: Math.min(positive(params.get(PAGE_PARAM), 1), 100_000),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
    sort: parseSort(params.get(SORT_PARAM)),
    filters,
  };
}

/** Only what differs from the defaults goes into the URL, so a plain view has a plain address. */
export function viewToParams(view: PartnersView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.board) params.set(VIEW_PARAM, BOARD_VIEW);
  for (const key of FILTER_KEYS) {
    const value = view.filters[key];
    if (value !== undefined && value !== '') params.set(URL_PARAMS[key], value);
  }
  if (!view.board) {
    if (view.sort !== null) params.set(SORT_PARAM, `${view.sort.descending ? '-' : ''}${view.sort.column}`);
    if (view.page > 1) params.set(PAGE_PARAM, String(view.page));
    if (view.pageSize !== DEFAULT_PAGE_SIZE) params.set(SIZE_PARAM, String(view.pageSize));
  }
  return params;
}

/** The filters as the list endpoint names them, for one structure. */
export function filtersQuery(filters: Filters, structureId: string): ListQuery {
  const query: ListQuery = { structureId };
  for (const key of SUPPORTED_FILTERS) {
    const value = filters[key]?.trim();
    query[API_PARAMS[key]] = value ? apiValue(key, value) : undefined;
  }
  return query;
}

export function tableQuery(view: PartnersView, structureId: string): ListQuery {
  const sort = view.sort === null ? undefined : `${view.sort.descending ? '-' : ''}${SORT_COLUMNS[view.sort.column]}`;
  return { ...filtersQuery(view.filters, structureId), page: String(view.page), pageSize: String(view.pageSize), sort };
}

export function hasFilters(filters: Filters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== undefined && filters[key] !== '');
}
