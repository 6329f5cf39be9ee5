import { describe, expect, it } from 'vitest';
import { filtersQuery, parseView, SUPPORTED_FILTERS, tableQuery, viewToParams } from './partners-view.ts';

const parse = (search: string) => parseView(new URLSearchParams(search));

describe('the partners view held in the URL', () => {
  it('reads the board, the filters, the sort and the page', () => {
    const view = parse('vue=tableau&etape=contacted&engagement=host&q=v%C3%A9lo&tri=-organisation&page=3&par-page=50');
    expect(view).toEqual({
      board: true,
      page: 3,
      pageSize: 50,
      sort: { column: 'organisation', descending: true },
      filters: { q: 'vélo', stage: 'contacted', engagement: 'host' },
    });
  });

  it('ignores values it cannot read rather than failing the page', () => {
    const view = parse('etape=nowhere&page=-2&par-page=7&tri=password&depuis=hier');
    expect(view).toEqual({ board: false, page: 1, pageSize: 25, sort: null, filters: {} });
  });

  it('writes back only what differs from the defaults, so the same view has the same address', () => {
    const search = 'etape=active&tri=etape&page=2';
    expect(viewToParams(parse(search)).toString()).toBe(search);
    expect(viewToParams(parse('page=1&par-page=25')).toString()).toBe('');
  });

  it('leaves paging and sorting out of the board view', () => {
    expect(viewToParams({ ...parse('page=4&tri=etape'), board: true }).toString()).toBe('vue=tableau');
  });

  it('asks the API with its own parameter names', () => {
    const view = parse('etape=active&depuis=2027-01-01&responsable=user-1&tri=prochaine-etape');
    expect(tableQuery(view, 's1')).toMatchObject({
      structureId: 's1',
      stage: 'active',
      updatedSince: '2027-01-01',
      ownerId: 'user-1',
      sort: 'nextStepOn',
      page: '1',
      pageSize: '25',
    });
  });

  it('sends only filters the partnership list accepts', () => {
    const sent = Object.keys(filtersQuery({ sector: 'media', tag: 'vélo', stage: 'active' }, 's1'));
    expect(sent).toContain('stage');
    expect(sent.includes('sector')).toBe(SUPPORTED_FILTERS.includes('sector'));
    expect(sent.includes('tag')).toBe(SUPPORTED_FILTERS.includes('tag'));
  });
});

describe('the partners list filters added with dormancy', () => {
  it('reads the commune, the dormant flag, the sector and the tag, and sends them as the server names them', () => {
    const view = parse('commune=75111&veille=oui&secteur=cultural&etiquette=QSEC');
    expect(view.filters).toEqual({ commune: '75111', dormant: 'oui', sector: 'cultural', tag: 'QSEC' });
    expect(filtersQuery(view.filters, 's1')).toMatchObject({ inseeCode: '75111', dormant: 'true', sector: 'cultural', tag: 'QSEC' });
    expect(filtersQuery(parse('veille=non').filters, 's1').dormant).toBe('false');
    expect(viewToParams(view).toString()).toBe('secteur=cultural&etiquette=QSEC&commune=75111&veille=oui');
  });

  it('drops a commune that is not an INSEE code and a dormant value it does not know', () => {
    expect(parse('commune=Paris&veille=peut-etre').filters).toEqual({});
    expect(parse('commune=2A004').filters).toEqual({ commune: '2A004' });
  });
});
