export * from "./plan";
export * from "./names";
export * from "./project";
export * from "./review-column";
export * from "./overview";
export * from "./summary";
export * from "./workbook";
export * from "./read-department";
// Reading a sheet back is the form reader's, which reads our layout and the provinces' alike.
export { readProjectForm, readProjectForms, readProjectSheet } from "../import/form";
export type { ReadProject } from "../import/form";
export * from "./selfeval-form";
export * from "./selfeval";
export * from "./selfeval-read";
export * from "./monitor";
export * from "./year-after";
