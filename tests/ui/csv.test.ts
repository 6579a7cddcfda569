import { describe, expect, it } from 'vitest';
import { csvField, csvNumber, toCsv, UTF8_BOM } from '../../src/ui/csv';

describe(csvField, () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['로이터, 2024', '"로이터, 2024"'],
    [9.862029282910958, '9.86202928291'],
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

describe(csvNumber, () => {
  it.each([
    [20908.800000000003, '20908.8'],
    [87.27272727272728, '87.2727272727'],
    [0.1 + 0.2, '0.3'],
    [3001600, '3001600'],
    [300.16, '300.16'],
    [9.861722006612046, '9.86172200661'],
    [19514.88, '19514.88'],
    [-0, '0'],
    [-12.5, '-12.5'],
    [1e21, '1e+21'],
    [0.000012345678901234, '0.0000123456789012'],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
  ])('writes %d as %j', (value, text) => {
    expect(csvNumber(value)).toBe(text);
  });

  it('reads back as the value to 12 significant digits, whatever the value', () => {
    for (let index = 0; index < 2_000; index += 1) {
      const value = (Math.random() - 0.5) * 10 ** (Math.random() * 20 - 8);
      const text = csvNumber(value);
      expect(Number(text)).toBe(Number(value.toPrecision(12)));
      // The shortest: no trailing zeros after a decimal point.
      expect(text).not.toMatch(/\.\d*0$/);
    }
  });
});
