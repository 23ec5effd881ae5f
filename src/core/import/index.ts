export * from "./published";
export * from "./table";
export * from "./detect";
export * from "./columns";
export * from "./form";
export * from "./selfeval";
