/**
 * Metadata for the hosts, from the catalog. Excel's Chinese functions.json (the default locale) is
 * generated from the JSDoc of functions.ts; its English twin is the same file with every
 * description taken from the catalog, so both name the same functions and parameters (Office's
 * documented way: one metadata file per language, picked by an Override in the manifest).
 * `drift` lists where the JSDoc and the catalog disagree; the build and a test fail on it.
 */
import { Catalog, CATALOG, Kind, Language, ResultType } from "./catalog";

/** The parameter type both hosts' metadata declare for each kind. Text, amounts and dates also
 * come as numbers or text, so the host must pass the cell as it is and leave reading to the adapter. */
export const PARAMETER_TYPE: Record<Kind, "any" | "number"> = {
  any: "any",
  text: "any",
  amount: "any",
  date: "any",
  number: "number",
};

/** Excel's metadata (functions.json), as far as this project uses it. */
export interface ExcelMetadata {
  functions: ExcelFunction[];
  [key: string]: unknown;
}

export interface ExcelFunction {
  id: string;
  name: string;
  description?: string;
  parameters: {
    name: string;
    description?: string;
    type?: string;
    optional?: boolean;
    dimensionality?: string;
  }[];
  result: { type?: string; dimensionality?: string };
  [key: string]: unknown;
}

/** An absent result type means any (a TypeScript union such as number | string). */
function resultType(type: string | undefined): ResultType | string {
  return type ?? "any";
}

/** Where Excel's generated metadata and the catalog disagree, one line each; empty when they agree. */
export function drift(metadata: ExcelMetadata, catalog: Catalog = CATALOG): string[] {
  const problems: string[] = [];
  const generated = new Map(metadata.functions.map((f) => [f.id, f]));
  for (const id of Object.keys(catalog))
    if (!generated.has(id)) problems.push(`PT.${id} 在声明中，但 functions.ts 没有它的 JSDoc`);
  for (const fn of metadata.functions) {
    const declaration = catalog[fn.id];
    if (!declaration) {
      problems.push(`PT.${fn.id} 有 JSDoc，但没有声明`);
      continue;
    }
    const at = `PT.${fn.id}`;
    if (fn.name !== fn.id) problems.push(`${at} 的名称 ${fn.name} 与 id 不同`);
    if (fn.description !== declaration.description.zh) problems.push(`${at} 的说明不同`);
    if (resultType(fn.result.type) !== declaration.result)
      problems.push(
        `${at} 的结果类型：JSDoc 为 ${resultType(fn.result.type)}，声明为 ${declaration.result}`
      );
    if (fn.result.dimensionality && fn.result.dimensionality !== "scalar")
      problems.push(`${at} 的结果不是单个值`);
    const names = fn.parameters.map((p) => p.name).join(", ");
    const declared = declaration.parameters.map((p) => p.name).join(", ");
    if (names !== declared) {
      problems.push(`${at} 的参数：JSDoc 为 (${names})，声明为 (${declared})`);
      continue;
    }
    fn.parameters.forEach((p, i) => {
      const d = declaration.parameters[i];
      const where = `${at} 的参数 ${p.name}`;
      if (Boolean(p.optional) !== Boolean(d.optional))
        problems.push(
          `${where}：JSDoc ${p.optional ? "可选" : "必填"}，声明${d.optional ? "可选" : "必填"}`
        );
      if ((p.type ?? "any") !== PARAMETER_TYPE[d.kind])
        problems.push(
          `${where} 的类型：JSDoc 为 ${p.type}，声明的 ${d.kind} 应为 ${PARAMETER_TYPE[d.kind]}`
        );
      if (p.dimensionality && p.dimensionality !== "scalar") problems.push(`${where} 不是单个值`);
      if (p.description !== d.description.zh) problems.push(`${where} 的说明不同`);
    });
  }
  return problems;
}

/**
 * Excel's metadata in `language`: the generated file with the catalog's descriptions. Ids, names,
 * types and optional flags stay as generated. Throws when the JSDoc and the catalog disagree.
 */
export function localizedMetadata(
  metadata: ExcelMetadata,
  language: Language,
  catalog: Catalog = CATALOG
): ExcelMetadata {
  const problems = drift(metadata, catalog);
  if (problems.length > 0)
    throw new Error(`functions.ts 的 JSDoc 与 catalog.ts 不一致：\n${problems.join("\n")}`);
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => {
      const declaration = catalog[fn.id];
      return {
        ...fn,
        description: declaration.description[language],
        parameters: fn.parameters.map((p, i) => ({
          ...p,
          description: declaration.parameters[i].description[language],
        })),
      };
    }),
  };
}
