const path = require("path");
const os = require("os");
const fs = require("fs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { BannerPlugin } = require("webpack");

const DEV_URL = "https://localhost:3000/";
/** Where the add-in is served in production, e.g. an intranet server: ADDIN_URL=https://host/pt/ */
const PROD_URL = process.env.ADDIN_URL || DEV_URL;

/**
 * HTTPS for the dev server: the Office dev certificates when their CA is trusted; otherwise the
 * generated files themselves (the CA cannot be installed without admin rights), and failing that
 * the dev server's own self-signed certificate.
 */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
    try {
      return Object.fromEntries(
        Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))])
      );
    } catch {
      return {};
    }
  }
}

/** TypeScript through ts-loader; type checking is `npm run typecheck`'s job. Shared with the bundle benchmark. */
const TYPESCRIPT_RULE = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: "ts-loader", options: { transpileOnly: true } },
};

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const serving = process.argv.includes("serve");
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: { path: path.resolve(__dirname, "dist"), clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [TYPESCRIPT_RULE] },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      // The plugin appends CustomFunctions.associate(...) calls; where no Office runtime provides
      // CustomFunctions (the pane opened in a plain browser without office.js) they must not throw.
      new BannerPlugin({
        banner:
          'if (typeof CustomFunctions === "undefined") { var CustomFunctions = { associate: function () {} }; }',
        raw: true,
        include: /^functions\.js$/,
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // pdf.js's CMaps, fetched only for a PDF whose Chinese fonts are not embedded.
          { from: "node_modules/pdfjs-dist/cmaps", to: "pdfjs/cmaps" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) =>
              dev ? content : content.toString().replaceAll(DEV_URL, PROD_URL),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          hot: false,
          host: "localhost",
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          port: Number(process.env.PORT || process.env.npm_package_config_dev_server_port || 3000),
          client: { overlay: false },
        }
      : undefined,
  };
};

module.exports.TYPESCRIPT_RULE = TYPESCRIPT_RULE;
