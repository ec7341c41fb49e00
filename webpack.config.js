/* Build of the add-in: functions.js + functions.json (+ zh-CN), taskpane.html, icons and the manifest.
 * Dev URLs are https://localhost:3000/; a production build rewrites them to SALES_PLANNER_URL in dist/manifest.xml. */
const path = require("path");
const fs = require("fs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { localizeFunctionsMetadata } = require("./scripts/localize-metadata");

const urlDev = "https://localhost:3000/";
const urlProd = process.env.SALES_PLANNER_URL || "https://sales-planner.example.com/";

/** Emits functions.zh-CN.json from functions.json and src/functions/metadata.zh-CN.json; fails the build on a gap. */
class LocalizedMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedMetadataPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        (assets) => {
          if (!assets["functions.json"]) return;
          const file = path.resolve(__dirname, "src/functions/metadata.zh-CN.json");
          compilation.fileDependencies.add(file);
          const translations = JSON.parse(fs.readFileSync(file, "utf8"));
          const english = JSON.parse(assets["functions.json"].source().toString());
          const { metadata, missing } = localizeFunctionsMetadata(english, translations);
          if (missing.length) {
            compilation.errors.push(new compiler.webpack.WebpackError(`zh-CN metadata missing for: ${missing.join(", ")}`));
            return;
          }
          compilation.emitAsset(
            "functions.zh-CN.json",
            new compiler.webpack.sources.RawSource(JSON.stringify(metadata, null, 2)),
          );
        },
      );
    });
  }
}

async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (e) {
    console.warn(`office-addin-dev-certs could not provide certificates (${e.message}); serving with a self-signed one.`);
    return undefined;
  }
}

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const serving = process.argv.some((a) => a === "serve");
  return {
    devtool: "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/taskpane.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), clean: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } } },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext][query]" } },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new LocalizedMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().split(urlDev).join(urlProd);
            },
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          static: { directory: path.join(__dirname, "dist") },
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
        }
      : undefined,
  };
};
