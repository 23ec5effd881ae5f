/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // Tests that spawn `pt` or load pdf.js take seconds on a loaded two-core machine: room for 3× slower.
  testTimeout: 60000,
  roots: ["<rootDir>/test"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { jsx: "react-jsx", module: "commonjs", isolatedModules: true } },
    ],
  },
  moduleNameMapper: { "^office-addin-manifest$": "office-addin-manifest/lib/officeApp.js" },
};
