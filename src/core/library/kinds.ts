/**
 * The twelve kinds of project the 指标库 is grouped by (issue 19), as the gatherers write them in
 * a table's 类别 column. One list, used by the parser, the checker and the search.
 */
export const LIBRARY_KINDS = [
  "教育",
  "卫生健康",
  "农业农村",
  "交通",
  "水利",
  "民政与社会保障",
  "文化旅游",
  "城乡建设与环卫",
  "生态环境",
  "公共安全",
  "行政运行",
  "信息化",
] as const;

export type LibraryKind = (typeof LIBRARY_KINDS)[number];

export function isLibraryKind(text: string): text is LibraryKind {
  return (LIBRARY_KINDS as readonly string[]).includes(text);
}

/** The kinds of table (表种) a gathered table may be. */
export const TABLE_FORMS = ["目标表", "自评表", "指标库"] as const;
