/**
 * The layer rules of architecture.md §3, as data plus a checker over TypeScript ASTs.
 * Shared by the architecture test; ESLint's zones (eslint.config.js) say the same.
 */
import { builtinModules } from 'node:module';
import ts from 'typescript';

export interface ImportRef {
  specifier: string;
  typeOnly: boolean;
  line: number;
}

export function importsOf(fileName: string, source: string): ImportRef[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: ImportRef[] = [];
  const line = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
  const visit = (n: ts.Node) => {
    if (ts.isImportDeclaration(n) && ts.isStringLiteral(n.moduleSpecifier)) {
      const clause = n.importClause;
      const allNamedTypeOnly =
        !!clause && !clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly);
      out.push({ specifier: n.moduleSpecifier.text, typeOnly: !!clause?.isTypeOnly || allNamedTypeOnly, line: line(n) });
    } else if (ts.isExportDeclaration(n) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) {
      out.push({ specifier: n.moduleSpecifier.text, typeOnly: n.isTypeOnly, line: line(n) });
    } else if (ts.isCallExpression(n) && n.arguments.length === 1 && ts.isStringLiteral(n.arguments[0]!)) {
      const isRequire = ts.isIdentifier(n.expression) && n.expression.text === 'require';
      const isDynamicImport = n.expression.kind === ts.SyntaxKind.ImportKeyword;
      if (isRequire || isDynamicImport) out.push({ specifier: (n.arguments[0] as ts.StringLiteral).text, typeOnly: false, line: line(n) });
    } else if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument) && ts.isStringLiteral(n.argument.literal)) {
      out.push({ specifier: n.argument.literal.text, typeOnly: true, line: line(n) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const isNode = (s: string) => s.startsWith('node:') || NODE_BUILTINS.has(s);
const isElectron = (s: string) => s === 'electron' || s.startsWith('electron/');
const isDatabase = (s: string) => /^(better-sqlite3(-multiple-ciphers)?|drizzle-orm\/better-sqlite3)(\/|$)/.test(s);

/** Resolve a relative specifier to a repo-relative path (posix). */
export function resolveRel(fromFile: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const parts = fromFile.split('/').slice(0, -1);
  for (const seg of spec.split('/')) {
    if (seg === '.' || seg === '') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

export interface Violation {
  file: string;
  line: number;
  specifier: string;
  rule: string;
}

/** Checks one file (repo-relative posix path) against the layer rules. */
export function checkFile(file: string, source: string): Violation[] {
  const v: Violation[] = [];
  const isTest = /\.test\.tsx?$/.test(file);
  for (const imp of importsOf(file, source)) {
    const target = resolveRel(file, imp.specifier);
    const into = (dir: string) => target !== null && (target === dir || target.startsWith(`${dir}/`));
    const bad = (rule: string) => v.push({ file, line: imp.line, specifier: imp.specifier, rule });

    if (file.startsWith('shared/')) {
      if (isElectron(imp.specifier)) bad('shared/ must not import electron');
      if (isNode(imp.specifier)) bad('shared/ must not import Node built-ins');
      if (isDatabase(imp.specifier)) bad('shared/ must not import the database driver');
      if (into('renderer') || into('electron')) bad('shared/ must not import renderer/ or electron/');
      if (!isTest && ['vitest', 'fast-check'].includes(imp.specifier)) bad('shared/ production code must not import test libraries');
    } else if (file.startsWith('renderer/')) {
      if (isElectron(imp.specifier)) bad('renderer/ must not import electron');
      if (isNode(imp.specifier)) bad('renderer/ must not import Node built-ins');
      if (isDatabase(imp.specifier) || imp.specifier.startsWith('drizzle-orm')) bad('renderer/ must not import the database or drizzle');
      if (into('electron')) bad('renderer/ must not import electron/');
      if (into('shared/schema') && !imp.typeOnly) bad('renderer/ may import only types from shared/schema');
    } else if (file.startsWith('electron/core/')) {
      if (isElectron(imp.specifier)) bad('electron/core must never import electron (it runs in plain Node)');
      if (into('renderer') || into('electron/main') || into('electron/preload')) bad('electron/core must not import renderer/, electron/main or electron/preload');
    } else if (file.startsWith('electron/preload/')) {
      const ok = isElectron(imp.specifier) || into('shared/contract') || into('electron/preload') || (isTest && imp.specifier === 'vitest');
      if (!ok) bad('electron/preload may import only electron, shared/contract and itself');
    } else if (file.startsWith('electron/main/')) {
      if (into('renderer')) bad('electron/main must not import renderer/');
      if (isDatabase(imp.specifier) || imp.specifier.startsWith('drizzle-orm')) bad('electron/main never runs SQL');
      if (into('electron/core') && !imp.typeOnly) bad('electron/main talks to the core only through the utility process (type imports allowed)');
    }
  }
  return v;
}
