/**
 * One record per statement (src/facts/statements/<id>.ts) holds its figures and its words in every
 * language, so that nothing about a statement is written twice. A page shows one language, and
 * its first screen needs the figures only: this plugin serves each record in parts, by query,
 * from the one file:
 * - `<id>.ts?figures`: the record without its words (`export const statement`);
 * - `<id>.ts?words=<lang>`: its words in that language (`export const words`).
 * src/facts/all-statements.ts imports the figures, and each language's messages import their own
 * words, so each lands in the chunk that needs it. Measured on 2026-12-05: 19 kB gzip less on the
 * first screen than importing the whole records there.
 */
import ts from 'typescript';
import type { Plugin } from 'vite';

const RECORD = /[\\/]src[\\/]facts[\\/]statements[\\/][^\\/]+\.ts\?(figures|words=([a-z]+))$/;

/** The object literal of `export const statement = { … }` in a record's source. */
function recordObject(source: ts.SourceFile): ts.ObjectLiteralExpression {
  for (const node of source.statements) {
    if (!ts.isVariableStatement(node)) continue;
    for (const declaration of node.declarationList.declarations) {
      if (
        ts.isIdentifier(declaration.name) &&
        declaration.name.text === 'statement' &&
        declaration.initializer &&
        ts.isObjectLiteralExpression(declaration.initializer)
      ) {
        return declaration.initializer;
      }
    }
  }
  throw new Error(`${source.fileName}: no \`export const statement = { … }\``);
}

/** The property `name` of an object literal, or undefined. */
function property(object: ts.ObjectLiteralExpression, name: string) {
  return object.properties.find(
    (candidate): candidate is ts.PropertyAssignment =>
      ts.isPropertyAssignment(candidate) &&
      (ts.isIdentifier(candidate.name) || ts.isStringLiteral(candidate.name)) &&
      candidate.name.text === name,
  );
}

/** A record's part, as plain JavaScript (records hold nothing but data and type annotations). */
function recordPart(code: string, fileName: string, part: string, lang?: string): string {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.ES2022, true);
  const object = recordObject(source);
  const words = property(object, 'words');
  if (!words || !ts.isObjectLiteralExpression(words.initializer)) {
    throw new Error(`${fileName}: the record has no \`words\` object`);
  }
  if (part === 'figures') {
    const text = object.getText(source);
    const start = words.getStart(source) - object.getStart(source);
    const end = words.getEnd() - object.getStart(source);
    const rest = text.slice(end).replace(/^\s*,/, '');
    return `export const statement = ${text.slice(0, start)}${rest};\n`;
  }
  const inLang = lang === undefined ? undefined : property(words.initializer, lang);
  if (!inLang) throw new Error(`${fileName}: no words in "${lang ?? ''}"`);
  return `export const words = ${inLang.initializer.getText(source)};\n`;
}

/** The Vite plugin that serves the parts (see above). */
export function statementSplit(): Plugin {
  return {
    name: 'shell-count:statement-split',
    enforce: 'pre',
    transform(code, id) {
      const match = RECORD.exec(id);
      if (!match) return null;
      const [, part = '', lang] = match;
      return {
        code: recordPart(code, id, part === 'figures' ? 'figures' : 'words', lang),
        map: null,
      };
    },
  };
}
