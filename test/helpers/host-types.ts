/**
 * What a host's published type declarations say about its object model, read with the TypeScript
 * compiler API, for checking the hand-written host fakes against them (a fake that models a method
 * as a property lets adapter code pass its tests that a real host would break: String(range.Address)
 * is the function's text). Three readings: the members an interface declares (method or property,
 * read-only or not, the property's type), the members the adapter's code uses on host objects (as
 * the type checker resolves them: called, read or written), and the members a fake object defines
 * (function, getter, setter or value).
 */
import { readFileSync } from "fs";
import { dirname, join, relative } from "path";
import ts from "typescript";

const ROOT = join(__dirname, "..", "..");

export interface Declared {
  kind: "method" | "property";
  readonly: boolean;
  /** The property's type, or for a method what it returns (its overloads' answers joined by " | "). */
  type: string;
  /** The interface or class a property's value is, or a method answers, if one of the host's own. */
  object: string | null;
  /** The most parameters a method's overloads take; 0 for a property. */
  params: number;
}

export interface Use {
  /** "Range.Address": the declaring interface and the member. */
  member: string;
  use: "call" | "read" | "write";
  /** Where, as "src/hosts/wps.ts:123". */
  at: string;
}

/** The project's compiler options over the given source files (relative to the project root). */
export function hostProgram(files: string[]): ts.Program {
  const configPath = join(ROOT, "tsconfig.json");
  const config = ts.readConfigFile(configPath, (p) => readFileSync(p, "utf8"));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configPath));
  return ts.createProgram(
    files.map((f) => join(ROOT, f)),
    parsed.options
  );
}

/** The declaration file whose path ends with `suffix` ("et-jsapi-declare/lib.et.d.ts"). */
export function declarationFile(program: ts.Program, suffix: string): ts.SourceFile {
  const file = program.getSourceFiles().find((f) => f.fileName.endsWith(suffix));
  if (!file) throw new Error(`no declaration file ${suffix} in the program`);
  return file;
}

type Named = ts.InterfaceDeclaration | ts.ClassDeclaration;

/** The interfaces and classes of a namespace in a declaration file, by name (merged declarations together). */
function namespaceTypes(file: ts.SourceFile, namespace: string): Map<string, Named[]> {
  const found = new Map<string, Named[]>();
  const visit = (node: ts.Node, path: string[]) => {
    if (ts.isModuleDeclaration(node)) {
      const inner = [...path, node.name.text];
      if (node.body) ts.forEachChild(node.body, (child) => visit(child, inner));
      return;
    }
    if (ts.isModuleBlock(node)) ts.forEachChild(node, (child) => visit(child, path));
    if ((ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node)) && node.name) {
      if (path.join(".") !== namespace) return;
      found.set(node.name.text, [...(found.get(node.name.text) ?? []), node]);
    }
  };
  ts.forEachChild(file, (node) => visit(node, []));
  return found;
}

const isReadonlyDeclaration = (d: ts.Declaration): boolean =>
  (ts.isPropertySignature(d) || ts.isPropertyDeclaration(d)) &&
  (ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Readonly) !== 0;

/** The host type a property's value is, if it is one of the namespace's interfaces or classes. */
function objectOf(type: ts.Type, names: Set<string>, checker: ts.TypeChecker): string | null {
  const plain = checker.getNonNullableType(type);
  const symbol = plain.getSymbol() ?? plain.aliasSymbol;
  return symbol && names.has(symbol.getName()) ? symbol.getName() : null;
}

/**
 * Every interface or class of `namespace` in `file` with its members, inherited ones included:
 * which are methods, which properties, and which of those are read-only (a getter without setter
 * counts as read-only).
 */
export function declaredMembers(
  program: ts.Program,
  file: ts.SourceFile,
  namespace: string
): Map<string, Map<string, Declared>> {
  const checker = program.getTypeChecker();
  const types = namespaceTypes(file, namespace);
  const names = new Set(types.keys());
  const result = new Map<string, Map<string, Declared>>();
  for (const [name, declarations] of types) {
    const symbol = checker.getSymbolAtLocation(declarations[0].name!);
    if (!symbol) continue;
    const members = new Map<string, Declared>();
    for (const member of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol))) {
      const decls = member.getDeclarations() ?? [];
      const method = decls.some((d) => ts.isMethodSignature(d) || ts.isMethodDeclaration(d));
      const accessors = decls.filter((d) => ts.isGetAccessor(d) || ts.isSetAccessor(d));
      const getterOnly = accessors.length > 0 && !accessors.some((d) => ts.isSetAccessor(d));
      const type = method ? null : checker.getTypeOfSymbol(member);
      const answers = method
        ? checker
            .getSignaturesOfType(checker.getTypeOfSymbol(member), ts.SignatureKind.Call)
            .map((sig) => sig.getReturnType())
        : [];
      members.set(member.getName(), {
        kind: method ? "method" : "property",
        readonly: !method && (decls.some(isReadonlyDeclaration) || getterOnly),
        type: type
          ? checker.typeToString(type)
          : answers.map((t) => checker.typeToString(t)).join(" | "),
        object: type
          ? objectOf(type, names, checker)
          : (answers.map((t) => objectOf(t, names, checker)).find(Boolean) ?? null),
        params: Math.max(0, ...decls.map((d) => (ts.isFunctionLike(d) ? d.parameters.length : 0))),
      });
    }
    result.set(name, members);
  }
  return result;
}

/** How an access is used: the callee of a call, the target of an assignment, or a read. */
function useOf(node: ts.Expression): Use["use"] {
  let outer: ts.Node = node;
  while (ts.isParenthesizedExpression(outer.parent) || ts.isNonNullExpression(outer.parent))
    outer = outer.parent;
  const parent = outer.parent;
  if (ts.isCallExpression(parent) && parent.expression === outer) return "call";
  if (
    ts.isBinaryExpression(parent) &&
    parent.left === outer &&
    parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment
  )
    return "write";
  return "read";
}

/**
 * Every member of a host type that the given source files use, as the type checker resolves it
 * (obj.Member, obj["Member"], const { Member } = obj): the object's type, or else the member's
 * declaring interface or class, must lie in a file whose path contains `declaredIn` and in the
 * namespace `namespace`. A computed member (obj[key]) is reported as "[computed]".
 */
export function memberUses(
  program: ts.Program,
  files: string[],
  declaredIn: string,
  namespace: string
): Use[] {
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  /** The name of a host interface or class (in `declaredIn`, namespace `namespace`), else null. */
  const hostType = (owner: ts.Node | undefined): string | null => {
    if (
      !owner ||
      !(ts.isInterfaceDeclaration(owner) || ts.isClassDeclaration(owner)) ||
      !owner.name
    )
      return null;
    if (!owner.getSourceFile().fileName.includes(declaredIn)) return null;
    const path: string[] = [];
    for (let n: ts.Node = owner.parent; !ts.isSourceFile(n); n = n.parent)
      if (ts.isModuleDeclaration(n)) path.unshift(n.name.text);
    return path.join(".") === namespace ? owner.name.text : null;
  };
  /** The host type of an expression's value, if it is one. */
  const typeOf = (e: ts.Expression) =>
    hostType(
      checker.getNonNullableType(checker.getTypeAtLocation(e)).getSymbol()?.getDeclarations()?.[0]
    );
  for (const file of files) {
    const source = program.getSourceFile(join(ROOT, file));
    if (!source) throw new Error(`${file} is not in the program`);
    const add = (owner: string, name: string, use: Use["use"], at: ts.Node) => {
      const { line } = source.getLineAndCharacterOfPosition(at.getStart());
      uses.push({
        member: `${owner}.${name}`,
        use,
        at: `${relative(ROOT, source.fileName)}:${line + 1}`,
      });
    };
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        // The object's own type where it is a host type (Range.isNullObject, not the base class's),
        // else the interfaces declaring the member (Worksheet.Name on Worksheet | Sheets).
        const own = typeOf(node.expression);
        const declaring = (checker.getSymbolAtLocation(node.name)?.getDeclarations() ?? []).map(
          (d) => hostType(d.parent)
        );
        for (const owner of new Set(own ? [own] : declaring))
          if (owner) add(owner, node.name.text, useOf(node), node.name);
      } else if (ts.isElementAccessExpression(node)) {
        // range["Address"] is a use like range.Address; range[key] is one no check can follow.
        const own = typeOf(node.expression);
        const key = node.argumentExpression;
        if (own) add(own, ts.isStringLiteralLike(key) ? key.text : "[computed]", useOf(node), key);
      } else if (
        ts.isVariableDeclaration(node) &&
        node.initializer &&
        ts.isObjectBindingPattern(node.name)
      ) {
        // const { Row, Column } = cell: reads of Row and Column.
        const own = typeOf(node.initializer);
        for (const element of own ? node.name.elements : []) {
          const name = element.propertyName ?? element.name;
          add(own!, ts.isIdentifier(name) ? name.text : "[computed]", "read", element);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

export type FakeKind = "function" | "value" | "getter" | "setter" | "accessor";

/**
 * What an object of a fake defines, own members and its prototype chain's (not Object's): for a
 * Proxy without descriptor traps these are its target's, read without crossing the bridge.
 */
export function fakeMembers(object: object): Map<string, FakeKind> {
  const members = new Map<string, FakeKind>();
  for (
    let o: object | null = object;
    o && o !== Object.prototype;
    o = Object.getPrototypeOf(o) as object | null
  ) {
    for (const [name, d] of Object.entries(Object.getOwnPropertyDescriptors(o))) {
      if (members.has(name) || name === "constructor") continue;
      if (d.get && d.set) members.set(name, "accessor");
      else if (d.get) members.set(name, "getter");
      else if (d.set) members.set(name, "setter");
      else members.set(name, typeof d.value === "function" ? "function" : "value");
    }
  }
  return members;
}

/** The parameters a fake's function names (before any default), read without calling it. */
function arity(object: object, name: string): number {
  for (let o: object | null = object; o; o = Object.getPrototypeOf(o) as object | null) {
    const d = Object.getOwnPropertyDescriptor(o, name);
    if (d) return typeof d.value === "function" ? (d.value as () => void).length : 0;
  }
  return 0;
}

export const readable = (k: FakeKind) => k === "value" || k === "getter" || k === "accessor";
/** A fake's bridge refuses writes without a setter: a plain value reads only. */
export const writable = (k: FakeKind) => k === "setter" || k === "accessor";

/** Where a fake object and its declaration disagree, one line each. */
export function conformanceProblems(
  label: string,
  object: object,
  declared: Map<string, Declared>,
  allowed: Record<string, string> = {}
): string[] {
  const problems: string[] = [];
  for (const [name, kind] of fakeMembers(object)) {
    const d = declared.get(name);
    if (!d) {
      if (!(name in allowed))
        problems.push(`${label}.${name}: the fake has it, the declaration does not`);
    } else if (d.kind === "method" && kind !== "function") {
      problems.push(`${label}.${name}: a method in the declaration, a ${kind} in the fake`);
    } else if (d.kind === "property" && kind === "function") {
      problems.push(
        `${label}.${name}: a property (${d.type}) in the declaration, a function in the fake`
      );
    } else if (d.kind === "property" && d.readonly && writable(kind)) {
      problems.push(
        `${label}.${name}: read-only in the declaration, settable in the fake (${kind})`
      );
    } else if (d.kind === "method" && arity(object, name) > d.params) {
      problems.push(
        `${label}.${name}: the fake takes ${arity(object, name)} arguments, the declaration ${d.params}`
      );
    }
  }
  return problems;
}
