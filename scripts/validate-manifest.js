/**
 * Checks manifest.xml offline (office-addin-manifest validate needs an online service): the XML is
 * well-formed, the elements an Excel add-in with shared-runtime custom functions needs are there,
 * every resid points at a resource, and, with --dist, every URL it names is a file of the build.
 *
 *   node scripts/validate-manifest.js [manifest.xml] [--dist dist]
 */
const fs = require("fs");
const path = require("path");
const { XMLParser, XMLValidator } = require("fast-xml-parser");

const DEV_URL = "https://localhost:3000/";

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

function validateManifest(xml, options = {}) {
  const problems = [];
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true)
    return [`XML 格式错误：${wellFormed.err.msg}（第 ${wellFormed.err.line} 行）`];
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    removeNSPrefix: true,
  }).parse(xml);
  const app = doc.OfficeApp;
  if (!app) return ["缺少根元素 OfficeApp"];
  if (attr(app, "type") !== "TaskPaneApp") problems.push("OfficeApp 的 xsi:type 应为 TaskPaneApp");

  const one = (name) => findAll(app, name)[0];
  if (
    !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(String(app.Id ?? ""))
  ) {
    problems.push("Id 应为 GUID");
  }
  if (!/^\d+(\.\d+){0,3}$/.test(String(app.Version ?? "")))
    problems.push("Version 应为 1.0.0.0 形式");
  for (const required of ["ProviderName", "DefaultLocale", "Permissions"]) {
    if (!app[required]) problems.push(`缺少 ${required}`);
  }
  for (const required of [
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
  ]) {
    if (!attr(app[required], "DefaultValue")) problems.push(`缺少 ${required} 或其 DefaultValue`);
  }
  if (!attr(app.DefaultSettings?.SourceLocation, "DefaultValue"))
    problems.push("缺少 DefaultSettings/SourceLocation");
  const hosts = findAll(app.Hosts, "Host").map((h) => attr(h, "Name"));
  if (!hosts.includes("Workbook")) problems.push("Hosts 中缺少 Workbook（Excel）");
  const sets = findAll(app.Requirements, "Set").map((s) => attr(s, "Name"));
  if (!sets.includes("SharedRuntime")) problems.push("Requirements 中缺少 SharedRuntime 要求集");

  const overrides = app.VersionOverrides;
  if (!overrides) return [...problems, "缺少 VersionOverrides"];
  const runtime = one("Runtime");
  if (!runtime || attr(runtime, "lifetime") !== "long")
    problems.push('缺少 lifetime="long" 的 Runtime（共享运行时）');
  const points = findAll(overrides, "ExtensionPoint");
  const functions = points.find((p) => attr(p, "type") === "CustomFunctions");
  if (!functions) problems.push("缺少 CustomFunctions 扩展点");
  else {
    for (const part of ["Script", "Page", "Metadata"]) {
      if (!attr(functions[part]?.SourceLocation, "resid"))
        problems.push(`CustomFunctions 缺少 ${part}/SourceLocation`);
    }
    if (!attr(functions.Namespace, "resid")) problems.push("CustomFunctions 缺少 Namespace");
  }

  // Every resid must name a resource; collect the resources' URLs.
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
  const namespaceId = functions && attr(functions.Namespace, "resid");
  if (namespaceId && resources.get(namespaceId) !== "PT")
    problems.push("自定义函数命名空间应为 PT");

  if (options.distDir) {
    const urls = new Set([...resources.values()].filter((v) => /^https?:\/\//.test(v ?? "")));
    for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"])
      urls.add(attr(app[name], "DefaultValue"));
    urls.add(attr(app.DefaultSettings?.SourceLocation, "DefaultValue"));
    const base = options.baseUrl ?? DEV_URL;
    for (const url of urls) {
      if (!url || !url.startsWith(base)) continue; // help links elsewhere are not ours to serve
      const file = path.join(options.distDir, url.slice(base.length).split(/[?#]/)[0]);
      if (!fs.existsSync(file)) problems.push(`清单中的地址 ${url} 在构建结果中不存在（${file}）`);
    }
  }
  return problems;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const distAt = args.indexOf("--dist");
  const distDir = distAt >= 0 ? args[distAt + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith("--") && i !== distAt + 1) ?? "manifest.xml";
  const problems = validateManifest(fs.readFileSync(file, "utf8"), { distDir });
  if (problems.length > 0) {
    console.error(`清单 ${file} 有 ${problems.length} 个问题：\n- ${problems.join("\n- ")}`);
    process.exit(1);
  }
  console.log(`清单 ${file} 检查通过${distDir ? `，所有地址均由 ${distDir} 提供` : ""}。`);
}

module.exports = { validateManifest };
