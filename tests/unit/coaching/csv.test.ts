import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../lib/coaching/csv';

/** A small RFC 4180 reader, to prove what we write reads back as the same cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell || row.length) throw new Error('CSV does not end with CRLF');
  return rows;
}

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and reads back to the same cells', () => {
    const csv = toCsv(['a', 'b', 'c'], [['Hello, world', 'She said "no"', 'two\nlines'], [1, null, true]]);
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
