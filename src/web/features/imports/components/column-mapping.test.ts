import { describe, expect, it } from 'vitest';
import { assignColumn, fieldOfColumn } from './column-mapping.ts';

describe('the wizard’s column mapping', () => {
  it('reads the field of a column, null for a column left out', () => {
    expect(fieldOfColumn({ name: 0, postcode: 2 }, 2)).toBe('postcode');
    expect(fieldOfColumn({ name: 0, postcode: 2 }, 1)).toBeNull();
  });

  it('moves a field to the column it is given, freeing the column that had it', () => {
    expect(assignColumn({ name: 0, postcode: 2 }, 1, 'name')).toEqual({ name: 1, postcode: 2 });
    expect(assignColumn({ name: 0, postcode: 2 }, 2, 'city')).toEqual({ name: 0, city: 2 });
    expect(assignColumn({ name: 0, postcode: 2 }, 0, null)).toEqual({ postcode: 2 });
  });
});
