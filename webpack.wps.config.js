// The WPS JS add-in, built from the same sources as the Excel add-in: the start page (functions
// and ribbon), ribbon.xml, and the same task pane without office.js. Output: dist-wps/.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

// The PT functions' metadata needs no build step here: the start page registers them from the
// declarations in src/functions/catalog.ts, which a test and the Excel build hold to the JSDoc.
module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  return {
    devtool: dev ? "source-map" : false,
    // WPS's web view is an older Chromium: no syntax newer than ES2017.
    target: ["web", "es2017"],
    entry: { wps: "./src/wps/index.ts", taskpane: "./src/taskpane/index.tsx" },
    output: { path: path.resolve(__dirname, "dist-wps"), clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { target: "ES2017" } },
          },
        },
        {
          test: /\.m?js$/,
          include: /node_modules/,
          use: path.resolve(__dirname, "scripts/esbuild-loader.js"),
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/wps/index.html",
        chunks: ["wps"],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/wps/taskpane.html",
        chunks: ["taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/wps/ribbon.xml", to: "ribbon.xml" },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // pdf.js's CMaps, fetched only for a PDF whose Chinese fonts are not embedded.
          { from: "node_modules/pdfjs-dist/cmaps", to: "pdfjs/cmaps" },
        ],
      }),
    ],
  };
};
