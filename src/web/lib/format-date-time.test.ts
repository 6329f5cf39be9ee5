import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format-date-time.ts';

describe('dates as French readers expect them', () => {
  it('writes an instant in Paris time with "h" between hours and minutes', () => {
    expect(formatDateTime('2027-01-12T17:30:00Z', 'fr')).toBe('mar. 12 janv. 2027, 18 h 30');
  });

  it('writes a calendar date without moving it to another day', () => {
    expect(formatDate('2027-01-12', 'fr')).toBe('mar. 12 janv. 2027');
    expect(formatDate('2027-01-12', 'en')).toMatch(/^Tue,? 12 Jan 2027$/);
  });
});
