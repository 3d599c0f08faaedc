import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../lib/coaching/csv';
import { parseCsv } from './parse-csv';

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and reads back to the same cells', () => {
    const csv = toCsv(
      ['a', 'b', 'c'],
      [
        ['Hello, world', 'She said "no"', 'two\nlines'],
        [1, null, true],
      ],
    );
    expect(csv).toBe('a,b,c\r\n"Hello, world","She said ""no""","two\nlines"\r\n1,,yes\r\n');
    expect(parseCsv(csv)).toEqual([
      ['a', 'b', 'c'],
      ['Hello, world', 'She said "no"', 'two\nlines'],
      ['1', '', 'yes'],
    ]);
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell(-1)).toBe('-1');
  });
});
