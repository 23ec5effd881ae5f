export * from "./plan";
export * from "./names";
export * from "./project";
export * from "./project-read";
export * from "./review-column";
export * from "./overview";
export * from "./summary";
export * from "./workbook";
