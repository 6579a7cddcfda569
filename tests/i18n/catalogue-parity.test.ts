/**
 * Invariant: every language has every message every other language has, of the same kind (text,
 * or a function of the same number of arguments), and no message is empty. A message added to one
 * language only fails here, whichever language it was added to.
 */
import { describe, expect, it } from 'vitest';
import { first as enFirst } from '../../src/i18n/messages/en/first';
import { later as enLater } from '../../src/i18n/messages/en/later';
import { first as koFirst } from '../../src/i18n/messages/ko/first';
import { later as koLater } from '../../src/i18n/messages/ko/later';
import { first as ukFirst } from '../../src/i18n/messages/uk/first';
import { later as ukLater } from '../../src/i18n/messages/uk/later';

const CATALOGUES = {
  en: { first: enFirst, later: enLater },
  ko: { first: koFirst, later: koLater },
  uk: { first: ukFirst, later: ukLater },
} as const;

/** "page.parts.chart" → "text", "page.failed" → "function/1", for every leaf. */
function shapeOf(value: unknown, path = '', into = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'function') into.set(path, `function/${String(value.length)}`);
  else if (typeof value === 'string') into.set(path, value.trim() === '' ? 'empty text' : 'text');
  else if (Array.isArray(value))
    value.forEach((item, i) => shapeOf(item, `${path}[${String(i)}]`, into));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value))
      shapeOf(child, path ? `${path}.${key}` : key, into);
  } else into.set(path, typeof value);
  return into;
}

const shapes = Object.entries(CATALOGUES).map(
  ([lang, catalogue]) => [lang, shapeOf(catalogue)] as const,
);
const allPaths = [...new Set(shapes.flatMap(([, shape]) => [...shape.keys()]))].sort();

describe('the message catalogues', () => {
  it('have messages at all (the walk finds the leaves)', () => {
    expect(allPaths.length).toBeGreaterThan(50);
    expect(allPaths).toContain('first.page.title');
  });

  it.each(shapes)('%s has every message another language has, of the same kind', (lang, shape) => {
    const english = shapeOf(CATALOGUES.en);
    const missing = allPaths.filter((path) => !shape.has(path));
    const differing = allPaths.filter(
      (path) => shape.has(path) && english.has(path) && shape.get(path) !== english.get(path),
    );
    expect({ lang, missing, differing }).toEqual({ lang, missing: [], differing: [] });
  });

  it.each(shapes)('%s has no empty message', (lang, shape) => {
    const empty = [...shape].filter(([, kind]) => kind === 'empty text').map(([path]) => path);
    expect({ lang, empty }).toEqual({ lang, empty: [] });
  });
});

/** Every text of a catalogue, with its path (functions are called with sample values elsewhere). */
function textsOf(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) =>
      textsOf(child, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

describe.each(Object.entries(CATALOGUES))('the %s texts', (_lang, catalogue) => {
  it('pair every ** that marks a term in bold, and hold no stray line break', () => {
    const broken = textsOf(catalogue).filter(
      ([, text]) => (text.match(/\*\*/g) ?? []).length % 2 !== 0 || /\n\s/.test(text),
    );
    expect(broken).toEqual([]);
  });
});

describe(shapeOf, () => {
  it('tells a missing message and a different kind apart', () => {
    const a = shapeOf({ x: 'a', y: { z: (n: number) => String(n) } });
    const b = shapeOf({ x: 'b', y: { z: 'not a function' } });
    expect([...a]).toEqual([
      ['x', 'text'],
      ['y.z', 'function/1'],
    ]);
    expect(b.get('y.z')).toBe('text');
    expect(shapeOf({ x: ' ' }).get('x')).toBe('empty text');
  });
});
