const path = require("path");
const os = require("os");
const fs = require("fs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const {
  BannerPlugin,
  Compilation,
  NormalModuleReplacementPlugin,
  sources,
  WebpackError,
} = require("webpack");

const DEV_URL = "https://localhost:3000/";
/** Where the add-in is served in production, e.g. an intranet server: ADDIN_URL=https://host/pt/ */
const PROD_URL = (process.env.ADDIN_URL || DEV_URL).replace(/\/?$/, "/");

/** The manifest for PROD_URL; an intranet build must not name the dev server anywhere. */
function productionManifest(content) {
  const text = content.toString().replaceAll(DEV_URL, PROD_URL);
  if (PROD_URL !== DEV_URL && text.includes("localhost"))
    throw new Error(
      "ADDIN_URL 构建的清单中仍有 localhost：请在 manifest.xml 中写完整的 https://localhost:3000/ 地址"
    );
  return text;
}

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

/**
 * Excel's function help in other languages, as Office documents it: one metadata file per
 * language beside functions.json, chosen by an <Override Locale> of Functions.Metadata.Url in the
 * manifest. Each file is the generated functions.json with the descriptions of the declarations
 * in src/functions/catalog.ts (loaded through tsx); the build fails when JSDoc and catalog differ.
 */
class LocalizedMetadataPlugin {
  constructor({ source, files }) {
    this.source = source;
    this.files = files; // { en: "functions-en.json" }
  }

  apply(compiler) {
    const name = "LocalizedMetadataPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const generated = compilation.getAsset(this.source);
          if (!generated) return; // the metadata plugin has reported why
          try {
            const { require: requireTs } = require("tsx/cjs/api");
            const { localizedMetadata } = requireTs(
              path.resolve(__dirname, "src/functions/metadata.ts"),
              __filename
            );
            const metadata = JSON.parse(generated.source.source().toString());
            for (const [language, file] of Object.entries(this.files)) {
              const localized = localizedMetadata(metadata, language);
              compilation.emitAsset(
                file,
                new sources.RawSource(JSON.stringify(localized, null, 4))
              );
            }
          } catch (error) {
            compilation.errors.push(new WebpackError(error.message));
          }
        }
      );
    });
  }
}

/** TypeScript through ts-loader; type checking is `npm run typecheck`'s job. Shared with the bundle benchmark. */
const TYPESCRIPT_RULE = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: "ts-loader", options: { transpileOnly: true } },
};

/**
 * taskpane.html loads both entries at start (the custom functions share the pane's runtime): one
 * webpack runtime for the page, so a module both use is one instance, and the code the start needs
 * that a chunk of the other entry needs too (the 指标值 grammar: the form, and the functions'
 * implementations loaded on the first PT call) in one chunk, `shared.js`, loaded once instead of
 * again inside that chunk. Other lazy chunks keep webpack's defaults.
 */
const SHARED_CHUNKS = {
  runtimeChunk: { name: "runtime" },
  splitChunks: {
    cacheGroups: {
      shared: {
        name: "shared",
        chunks: "all",
        minChunks: 2,
        enforce: true,
        priority: 20,
        test: (module, { chunkGraph }) =>
          [...chunkGraph.getModuleChunksIterable(module)].some((chunk) => chunk.canBeInitial()),
      },
    },
  },
};

/**
 * Excel's custom functions take their implementations on the first PT call (cells-lazy.ts), not
 * with the pane's first screen; Node and WPS (which calls functions synchronously) import cells.ts.
 */
const LAZY_CELLS = new NormalModuleReplacementPlugin(/^\.\/cells$/, (resource) => {
  if (/[\\/]src[\\/]functions[\\/]functions\.ts$/.test(resource.contextInfo.issuer))
    resource.request = "./cells-lazy";
});

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
    optimization: SHARED_CHUNKS,
    plugins: [
      LAZY_CELLS,
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new LocalizedMetadataPlugin({ source: "functions.json", files: { en: "functions-en.json" } }),
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
          // …and its standard fonts' data, for a PDF that names Helvetica or Times without embedding it.
          { from: "node_modules/pdfjs-dist/standard_fonts", to: "pdfjs/standard_fonts" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) => (dev ? content : productionManifest(content)),
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
module.exports.SHARED_CHUNKS = SHARED_CHUNKS;
