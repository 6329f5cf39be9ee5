import { describe, expect, it } from 'vitest';
import { parisLocal, parisLocalToIso, parisToday } from './paris-time.ts';

describe('Paris wall-clock time', () => {
  it('reads an instant as Paris time in winter and in summer', () => {
    expect(parisLocal(new Date('2027-01-12T17:30:00Z'))).toBe('2027-01-12T18:30');
    expect(parisLocal(new Date('2027-07-01T22:15:00Z'))).toBe('2027-07-02T00:15');
  });

  it('gives the Paris date, which may already be tomorrow in UTC terms', () => {
    expect(parisToday(new Date('2027-07-01T22:15:00Z'))).toBe('2027-07-02');
  });

  it('turns a Paris time typed in a form into the instant it stands for', () => {
    expect(parisLocalToIso('2027-01-12T18:30')).toBe('2027-01-12T17:30:00.000Z');
    expect(parisLocalToIso('2027-07-02T00:15')).toBe('2027-07-01T22:15:00.000Z');
  });

  it('stays right on the days the clocks change', () => {
    expect(parisLocalToIso('2027-03-28T03:30')).toBe('2027-03-28T01:30:00.000Z');
    expect(parisLocalToIso('2027-10-31T01:30')).toBe('2027-10-30T23:30:00.000Z');
  });

  it('refuses what is not a date and time', () => {
    expect(() => parisLocalToIso('demain')).toThrow(RangeError);
  });
});
