/**
 * Checks the Excel add-in offline, as Excel will: manifest.xml against the add-in manifest XSDs and
 * functions.json against the custom-functions JSON schema (both kept in schemas/, see its README;
 * `office-addin-manifest validate` needs an online service). Then what the schemas cannot say:
 * the add-in is an Excel add-in with shared-runtime custom functions under the PT namespace, every
 * resid names a resource, and, with --dist, every URL the manifest names under its base is a file
 * of the build.
 *
 *   node scripts/validate-manifest.js [manifest.xml] [--dist dist] [--functions functions.json]
 *
 * Without --dist the function metadata is generated from the JSDoc of src/functions/functions.ts,
 * as the build does; with --dist, dist/manifest.xml and dist/functions.json are checked.
 */
const fs = require("fs");
const path = require("path");
const { XMLParser } = require("fast-xml-parser");

const ROOT = path.resolve(__dirname, "..");
const XSD_DIR = path.join(ROOT, "schemas", "office-addin-manifest");
const MAIN_XSD = "OfficeAppManifestV1_1.xsd";
const FUNCTIONS_SCHEMA = path.join(
  ROOT,
  "schemas",
  "custom-functions",
  "custom-functions.schema.docs-2026-augmented.json"
);

/** The manifest against the XSDs: libxml2's messages, with line numbers. */
async function validateManifestSchema(xml) {
  const { validateXML } = require("xmllint-wasm");
  const files = fs.readdirSync(XSD_DIR).filter((f) => f.endsWith(".xsd"));
  const load = (fileName) => ({
    fileName,
    contents: fs.readFileSync(path.join(XSD_DIR, fileName), "utf8"),
  });
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [load(MAIN_XSD)],
    preload: files.filter((f) => f !== MAIN_XSD).map(load),
  });
  if (result.valid) return [];
  const errors = result.errors
    .filter((e) => e.message.trim() !== "")
    .map((e) => `清单不符合架构（第 ${e.loc?.lineNumber ?? "?"} 行）：${e.message.trim()}`);
  return errors.length > 0 ? errors : [`清单不符合架构：${result.rawOutput.trim()}`];
}

/** functions.json against the custom-functions schema (draft-04). */
function validateFunctionsMetadata(metadata) {
  const Ajv = require("ajv-draft-04");
  // The schema has "required": [] and "examples", which a strict draft-04 meta-check rejects.
  const ajv = new Ajv({ validateSchema: false, strict: false, allErrors: true });
  const validate = ajv.compile(JSON.parse(fs.readFileSync(FUNCTIONS_SCHEMA, "utf8")));
  if (validate(metadata)) return [];
  return validate.errors.map(
    (e) =>
      `functions.json 不符合架构：${e.instancePath || "/"} ${e.message}${e.params?.additionalProperty ? `（${e.params.additionalProperty}）` : ""}`
  );
}

/** All elements named `name` anywhere below `node`. */
function findAll(node, name, found = []) {
  if (Array.isArray(node)) {
    node.forEach((child) => findAll(child, name, found));
  } else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === name) (Array.isArray(value) ? value : [value]).forEach((v) => found.push(v));
      if (!key.startsWith("@")) findAll(value, name, found);
    }
  }
  return found;
}

const attr = (element, name) =>
  element && typeof element === "object" ? element[`@${name}`] : undefined;

/** What the schemas cannot check: this add-in's own requirements, and the build's files. */
function checkManifest(xml, options = {}) {
  let doc;
  try {
    doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "@",
      removeNSPrefix: true,
    }).parse(xml);
  } catch {
    return []; // the schema check reports it
  }
  const app = doc.OfficeApp;
  if (!app) return [];
  const problems = [];
  const hosts = findAll(app.Hosts, "Host").map((h) => attr(h, "Name"));
  if (!hosts.includes("Workbook")) problems.push("Hosts 中缺少 Workbook（Excel）");
  const sets = findAll(app.Requirements, "Set").map((s) => attr(s, "Name"));
  if (!sets.includes("SharedRuntime")) problems.push("Requirements 中缺少 SharedRuntime 要求集");

  const overrides = app.VersionOverrides;
  if (!overrides) return [...problems, "缺少 VersionOverrides"];
  const runtime = findAll(app, "Runtime")[0];
  if (!runtime || attr(runtime, "lifetime") !== "long")
    problems.push('缺少 lifetime="long" 的 Runtime（共享运行时）');
  const functions = findAll(overrides, "ExtensionPoint").find(
    (p) => attr(p, "type") === "CustomFunctions"
  );
  if (!functions) problems.push("缺少 CustomFunctions 扩展点");

  // Every resid must name a resource (the schema types them as plain strings).
  const resources = new Map();
  for (const kind of ["Image", "Url", "String"]) {
    for (const r of findAll(overrides.Resources, kind))
      resources.set(attr(r, "id"), attr(r, "DefaultValue"));
  }
  const resids = [];
  (function collect(node) {
    if (Array.isArray(node)) return node.forEach(collect);
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "@resid") resids.push(value);
      else if (!key.startsWith("@")) collect(value);
    }
  })(overrides);
  for (const id of new Set(resids))
    if (!resources.has(id)) problems.push(`resid="${id}" 没有对应的资源`);
  // A command button runs its function in the function file's page: in the shared runtime's own
  // (the pane's), or it could not reach the pane that shows what it did.
  const executes = findAll(overrides, "Action").filter(
    (a) => attr(a, "type") === "ExecuteFunction"
  );
  const functionFile = attr(findAll(overrides, "FunctionFile")[0], "resid");
  if (executes.length > 0 && runtime && functionFile !== attr(runtime, "resid"))
    problems.push(
      `ExecuteFunction 按钮的 FunctionFile 应为共享运行时的页面（resid="${attr(runtime, "resid")}"）`
    );
  for (const action of executes)
    if (!String(action.FunctionName ?? "").trim())
      problems.push("ExecuteFunction 缺少 FunctionName");
  const namespaceId = functions && attr(functions.Namespace, "resid");
  if (namespaceId && resources.get(namespaceId) !== "PT")
    problems.push("自定义函数命名空间应为 PT");

  if (options.distDir) {
    // The add-in is served from the folder of its task pane; every URL there must be built.
    const source = attr(app.DefaultSettings?.SourceLocation, "DefaultValue") ?? "";
    const base = source.slice(0, source.lastIndexOf("/") + 1);
    const urls = new Set([...resources.values()].filter((v) => /^https?:\/\//.test(v ?? "")));
    for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"])
      urls.add(attr(app[name], "DefaultValue"));
    urls.add(source);
    for (const url of urls) {
      if (!url || !base || !url.startsWith(base)) continue; // help links elsewhere are not ours to serve
      const file = path.join(options.distDir, url.slice(base.length).split(/[?#]/)[0]);
      if (!fs.existsSync(file)) problems.push(`清单中的地址 ${url} 在构建结果中不存在（${file}）`);
    }
  }
  return problems;
}

/** Both files, schemas and our checks: the problems found, in Chinese. */
async function validateAddin({ manifest, functions, distDir }) {
  const problems = [...(await validateManifestSchema(manifest))];
  problems.push(...checkManifest(manifest, { distDir }));
  if (functions !== undefined) problems.push(...validateFunctionsMetadata(functions));
  return problems;
}

/** The metadata the build makes, straight from the JSDoc of functions.ts. */
async function generatedMetadata() {
  const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
  const generated = await generateCustomFunctionsMetadata(
    path.join(ROOT, "src", "functions", "functions.ts")
  );
  if (generated.errors.length > 0) throw new Error(generated.errors.join("\n"));
  return JSON.parse(generated.metadataJson);
}

async function main(args) {
  const value = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const distDir = value("--dist");
  const options = new Set(["--dist", "--functions"].flatMap((o) => [o, value(o)]));
  const given = args.find((a) => !options.has(a) && !a.startsWith("--"));
  const file = given ?? (distDir ? path.join(distDir, "manifest.xml") : "manifest.xml");
  const functionsFile = value("--functions") ?? (distDir && path.join(distDir, "functions.json"));
  const functions = functionsFile
    ? JSON.parse(fs.readFileSync(functionsFile, "utf8"))
    : await generatedMetadata();
  const problems = await validateAddin({
    manifest: fs.readFileSync(file, "utf8"),
    functions,
    distDir,
  });
  const what = `${file} 与 ${functionsFile ?? "由 functions.ts 生成的 functions.json"}`;
  if (problems.length > 0) {
    console.error(`${what} 有 ${problems.length} 个问题：\n- ${problems.join("\n- ")}`);
    return 1;
  }
  console.log(`${what} 符合架构，检查通过${distDir ? `；清单中的地址均由 ${distDir} 提供` : ""}。`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`检查失败：${error.message}`);
      process.exit(1);
    }
  );
}

module.exports = {
  validateAddin,
  validateManifestSchema,
  validateFunctionsMetadata,
  checkManifest,
  generatedMetadata,
};
