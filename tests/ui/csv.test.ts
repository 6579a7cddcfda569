import { describe, expect, it } from 'vitest';
import { csvField, toCsv, UTF8_BOM } from '../../src/ui/csv';

describe(csvField, () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['로이터, 2024', '"로이터, 2024"'],
    [9.862029282910958, '9.862029282910958'],
    [3001600, '3001600'],
    [true, 'true'],
    [null, ''],
    [undefined, ''],
  ])('writes %j as %j', (cell, field) => {
    expect(csvField(cell)).toBe(field);
  });
});

describe(toCsv, () => {
  it('ends every record with CRLF and quotes only where it must', () => {
    expect(
      toCsv([
        ['key', 'Name', 'Value'],
        ['totalShells', 'Working shells delivered', 3001600],
        ['plausible', 'Fits, by mass', true],
      ]),
    ).toBe(
      'key,Name,Value\r\ntotalShells,Working shells delivered,3001600\r\nplausible,"Fits, by mass",true\r\n',
    );
  });

  it('writes nothing for no rows', () => {
    expect(toCsv([])).toBe('');
  });

  it('has the UTF-8 byte-order mark for Excel', () => {
    expect([...new TextEncoder().encode(UTF8_BOM)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
