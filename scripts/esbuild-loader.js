/**
 * A webpack loader that lowers modern syntax (?., ??, class fields…) in JavaScript from
 * node_modules to ES2017, for WPS's older web view. esbuild does the work; it ships with tsx.
 */
const { transformSync } = require("esbuild");

module.exports = function lower(source) {
  const { code, map } = transformSync(source, {
    loader: "js",
    target: "es2017",
    sourcefile: this.resourcePath,
    sourcemap: this.sourceMap ? "external" : false,
  });
  return map ? this.callback(null, code, map) : code;
};
