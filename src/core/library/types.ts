/**
 * What the 指标库 is made of, below the parser, the checker and the builder: one published table
 * with its rows, each located in its source file (file and 1-based line) so a problem can point
 * at it. A type both sides share lives here, not in either.
 */
export interface LibraryRow {
  level1: string;
  level2: string;
  level3: string;
  /** The 指标值 as written. */
  value: string;
  /** 指标值确定依据, "" when the table has none. */
  basis: string;
  line: number;
}

export interface LibraryTable {
  id: string;
  province: string;
  /** 市/县/单位. */
  place: string;
  /** 4 digits, or 未知. */
  year: string;
  /** One of LIBRARY_KINDS (the checker says when it is not). */
  kind: string;
  name: string;
  /** 目标表, 自评表 or 指标库. */
  form: string;
  source: string;
  /** 年度绩效目标, "" when none was written. */
  goal: string;
  rows: LibraryRow[];
  file: string;
  line: number;
}
