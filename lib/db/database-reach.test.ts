import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// One way to reach the database: a domain module under lib/ fetches the process-wide client
// itself with getDb(), and its exported functions take no `db` (a `tx` only when they exist to
// be composed inside a caller's transaction). Routes, pages, components and the public pipeline
// call the domain and never import the client.
const root = path.resolve(import.meta.dirname, "../..");
const IMPORTS_THE_CLIENT = /from\s+["'](@\/lib\/db\/client|(\.\.?\/)+(lib\/)?db\/client)["']|import\(\s*["']@\/lib\/db\/client["']\s*\)/;

function sourceFiles(dir: string, skip: (relative: string) => boolean = () => false): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (skip(relative)) return [];
    if (entry.isDirectory()) return sourceFiles(relative, skip);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

function filesImportingTheClient(files: string[]): string[] {
  return files.filter((file) => IMPORTS_THE_CLIENT.test(readFileSync(path.join(root, file), "utf8")));
}

function isExported(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

type FunctionLike = ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression | ts.FunctionTypeNode;

/**
 * The exported functions of a module: `export function`, `export const f = (…) => …`, a const
 * declared with a function type (`export const f: (…) => … = make()`), and names in `export { … }`.
 */
function exportedFunctions(source: ts.SourceFile): { name: string; fn: FunctionLike }[] {
  const local = new Map<string, FunctionLike>();
  const exported: { name: string; fn: FunctionLike }[] = [];
  const exportedNames: string[] = [];
  const unwrap = (e: ts.Expression): ts.Expression =>
    ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e) ? unwrap(e.expression) : e;
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name) {
      local.set(statement.name.text, statement);
      if (isExported(statement)) exported.push({ name: statement.name.text, fn: statement });
    } else if (ts.isFunctionDeclaration(statement) && isExported(statement)) {
      exported.push({ name: "default", fn: statement });
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name)) continue;
        const init = declaration.initializer && unwrap(declaration.initializer);
        const fn =
          declaration.type && ts.isFunctionTypeNode(declaration.type)
            ? declaration.type
            : init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))
              ? init
              : null;
        if (!fn) continue;
        local.set(declaration.name.text, fn);
        if (isExported(statement)) exported.push({ name: declaration.name.text, fn });
      }
    } else if (ts.isExportDeclaration(statement) && !statement.moduleSpecifier && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) exportedNames.push((element.propertyName ?? element.name).text);
    } else if (ts.isExportAssignment(statement)) {
      const init = unwrap(statement.expression);
      if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) exported.push({ name: "default", fn: init });
      else if (ts.isIdentifier(init)) exportedNames.push(init.text);
    }
  }
  for (const name of exportedNames) {
    const fn = local.get(name);
    if (fn) exported.push({ name, fn });
  }
  return exported;
}

/** The exported functions of a module whose first parameter is named `db` (a `tx` is fine). */
function exportsTakingDb(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  return exportedFunctions(source)
    .filter(({ fn }) => {
      const first = fn.parameters[0];
      return first !== undefined && ts.isIdentifier(first.name) && first.name.text === "db";
    })
    .map(({ name }) => name);
}

/** "file: name" for every exported function of these files whose first parameter is `db`. */
function exportedFunctionsTakingDb(files: string[]): string[] {
  return files.flatMap((file) => exportsTakingDb(file, readFileSync(path.join(root, file), "utf8")).map((name) => `${file}: ${name}`));
}

describe("the domain reaches the database itself", () => {
  it("no file under app/, components/ or server/ imports the database client", () => {
    const files = ["app", "components", "server"].flatMap((dir) => sourceFiles(dir));
    expect(files.length).toBeGreaterThan(50);
    expect(filesImportingTheClient(files)).toEqual([]);
  });

  it("no exported function under lib/ (lib/db aside) takes the database as its first parameter", () => {
    const files = sourceFiles("lib", (relative) => relative === path.join("lib", "db"));
    expect(files.length).toBeGreaterThan(100);
    expect(exportedFunctionsTakingDb(files)).toEqual([]);
  });

  it("recognises an import of the client and an exported function taking db, and lets a tx through", () => {
    expect(
      exportsTakingDb(
        "example.ts",
        `
          export async function a(db: Db, id: number) {}
          export const b = async (db: Db) => {};
          function c(db: Db) {}
          export { c };
          export function d(tx: Tx) {}
          function e(db: Db) {}
          export const f = () => {};
          export const g: (db: Db, item: number) => Promise<number> = batches(write);
          export default async function (db: Db) {}
        `,
      ),
    ).toEqual(["a", "b", "g", "default", "c"]);
    expect(IMPORTS_THE_CLIENT.test(`import { getDb } from "@/lib/db/client";`)).toBe(true);
    expect(IMPORTS_THE_CLIENT.test(`import type { Db } from "@/lib/db/client";`)).toBe(true);
    expect(IMPORTS_THE_CLIENT.test(`import { x } from "@/lib/db/client-helpers";`)).toBe(false);
  });
});
