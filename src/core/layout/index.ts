export * from "./plan";
export * from "./names";
export * from "./project";
export * from "./overview";
export * from "./summary";
export * from "./workbook";
