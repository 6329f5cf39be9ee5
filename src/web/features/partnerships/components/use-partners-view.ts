import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type Filters, type PartnersView, parseView, viewToParams } from './partners-view.ts';

/**
 * The partners view lives in the URL: every change replaces the query string, so the address
 * can be bookmarked or shared, and Back leaves the page rather than undoing each filter.
 */
export function usePartnersView() {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => parseView(searchParams), [searchParams]);

  const update = useCallback(
    (patch: Partial<PartnersView>) => setSearchParams(viewToParams({ ...view, ...patch }), { replace: true }),
    [view, setSearchParams],
  );
  /** New filters show a new list: back to its first page. */
  const setFilters = useCallback((filters: Filters) => update({ filters, page: 1 }), [update]);
  /** A saved view's query string, read like any address (what cannot be read is dropped). */
  const applyQuery = useCallback(
    (query: string) => setSearchParams(viewToParams(parseView(new URLSearchParams(query))), { replace: true }),
    [setSearchParams],
  );

  return { view, update, setFilters, applyQuery };
}
