/**
 * Task pane text: Chinese first, English when Office runs in English. Domain terms stay Chinese.
 * Here the text of what the pane opens on (the tabs, the unit, the project form and its 指标库
 * panel); the other pages' Chinese text (i18n-pages.ts) loads when the first of them is opened,
 * and English (i18n-en.ts, all of it) only for an English Office: the pane's first screen carries
 * one language and one page.
 */
import type { PageStrings } from "./i18n-pages";

export const zh = {
  title: "绩效目标表助手",
  subtitle: "编制预算项目绩效目标表，检查指标值与支出进度",
  hostExcel: "已连接 Excel",
  hostWps: "已连接 WPS 表格",
  hostPreview: "预览模式：未在 Excel 中打开，插入时下载 .xlsx 文件",
  tabProject: "项目表",
  tabOverview: "部门整体目标",
  tabChecker: "指标值检查",
  tabFunctions: "函数",
  tabSelfTest: "自检",
  tabImport: "导入",
  unitSection: "单位",
  unitCode: "单位编码",
  unitName: "单位名称",
  year: "预算年度",
  basicsSection: "项目信息",
  index: "序号",
  code: "项目编码",
  name: "项目名称",
  fundsSection: "预算规模（万元）",
  budget: "预算数",
  fiscalFunds: "其中：财政资金",
  otherFunds: "其他资金",
  purpose: "资金用途",
  goals: "绩效目标（每行一条）",
  scheduleSection: "累计支出计划（万元）",
  spread: "按序时进度分配",
  indicatorsSection: "绩效指标",
  framework: "指标体系",
  level1: "一级指标",
  level2: "二级指标",
  level3: "三级指标",
  description: "绩效指标描述",
  value: "指标值",
  basis: "指标值确定依据",
  addIndicator: "添加指标",
  librarySection: "指标库建议",
  libraryHint:
    "按项目名称和绩效目标，从各地公开的绩效目标表中找出同类项目常用的指标；添加后请按本项目的实际情况填写指标值。",
  libraryLoading: "正在载入指标库…",
  libraryFailed: "指标库未能载入，请稍后再试",
  libraryNone: "指标库中没有相近的项目，可换个说法再试",
  libraryAdd: "添加",
  libraryAdded: "已添加",
  libraryValues: "常见指标值",
  libraryBases: "依据",
  libraryTables: "份公开表格使用",
  libraryValueHint: "指标库中常见的指标值，请按本项目填写",
  removeIndicator: "删除",
  insertProject: "插入项目表",
  downloadProject: "生成并下载项目表（.xlsx）",
  inserting: "正在写入",
  done: "已完成",
  insertedSheets: "已插入工作表",
  downloaded: "已下载文件",
  failed: "插入失败",
  fixFirst: "请先修正以下问题",
  understoodAs: "理解为",
  result: "检查结果",
  tabSelfEval: "自评",
  tabMonitor: "监控",
  tabReview: "审核",
  loading: "正在加载…",
  /** The language of the functions' own declarations, which the 函数 page lists. */
  language: "zh" as "zh" | "en",
};

/** The text the pane opens on. */
export type PaneStrings = typeof zh;

/** All of the pane's text, which the pages other than the project form take. */
export type Strings = PaneStrings & PageStrings;

/** The pane's text for Office's (or the browser's) language; English loads when it is asked for. */
export async function stringsFor(language: string | undefined): Promise<PaneStrings> {
  if (!(language && language.toLowerCase().startsWith("en"))) return zh;
  const { en } = await import(/* webpackChunkName: "strings-en" */ "./i18n-en");
  return en;
}

/** All the text for the other pages: English comes whole; Chinese adds the pages' text, loaded once. */
export async function pageStringsFor(strings: PaneStrings): Promise<Strings> {
  if (strings.language === "en") return strings as Strings;
  const { zhPages } = await import(/* webpackChunkName: "strings-pages" */ "./i18n-pages");
  return { ...strings, ...zhPages };
}
