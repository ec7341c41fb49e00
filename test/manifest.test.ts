/* Offline checks of manifest.xml (Microsoft's validator needs a network: `npm run validate`). */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { OfficeAddinManifest } from "office-addin-manifest";
import { parseStringPromise } from "xml2js";
import { distDir } from "./support/bundle";

type Node = { $?: Record<string, string>; [child: string]: unknown };
const root = path.resolve(__dirname, "..");
const DEV_URL = "https://localhost:3000/";

/** Every element in document order with its tag name (namespace prefixes kept, e.g. "bt:String"). */
function walk(node: unknown, name: string, out: { name: string; node: Node }[] = []): { name: string; node: Node }[] {
  if (Array.isArray(node)) node.forEach((n) => walk(n, name, out));
  else if (node && typeof node === "object") {
    out.push({ name, node: node as Node });
    for (const [key, value] of Object.entries(node)) if (key !== "$" && key !== "_") walk(value, key, out);
  }
  return out;
}

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  const file = path.join(root, "manifest.xml");
  let elements: { name: string; node: Node }[];

  beforeAll(async () => {
    const xml = await parseStringPromise(fs.readFileSync(file, "utf8"));
    elements = walk(xml, "root");
  });

  test("office-addin-manifest parses it: GUID id, x.y.z.w version, Excel host, ReadWriteDocument", async () => {
    const info = await OfficeAddinManifest.readManifestFile(file);
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.defaultLocale).toBe("en-US");
    expect(info.displayName).toBe("Sales Planner");
  });

  test("shared runtime, custom functions without a namespace, a Home-tab button that shows the task pane", () => {
    const sets = elements.filter((e) => e.name === "Set").map((e) => e.node.$);
    expect(sets).toContainEqual({ Name: "SharedRuntime", MinVersion: "1.1" });
    expect(elements.filter((e) => e.name === "Runtime").map((e) => e.node.$)).toEqual([
      { resid: "Taskpane.Url", lifetime: "long" },
    ]);
    const points = elements.filter((e) => e.name === "ExtensionPoint").map((e) => e.node.$?.["xsi:type"]);
    expect(points).toEqual(["CustomFunctions", "PrimaryCommandSurface"]);
    expect(elements.some((e) => e.name === "Namespace")).toBe(false);
    expect(elements.find((e) => e.name === "OfficeTab")?.node.$?.id).toBe("TabHome");
    expect(elements.find((e) => e.name === "Action")?.node.$?.["xsi:type"]).toBe("ShowTaskpane");
  });

  test("every resid resolves to a resource", () => {
    const ids = new Set(elements.filter((e) => /^bt:(Image|Url|String)$/.test(e.name)).map((e) => e.node.$!.id));
    const used = elements.map((e) => e.node.$?.resid).filter((x): x is string => !!x);
    expect(used.length).toBeGreaterThan(10);
    for (const resid of used) expect(ids).toContain(resid);
  });

  test("every user-visible string has a zh-CN override", () => {
    const visible = elements.filter(
      (e) => ["DisplayName", "Description", "bt:String"].includes(e.name) && e.node.$?.DefaultValue,
    );
    expect(visible.length).toBeGreaterThanOrEqual(7);
    for (const { node } of visible) {
      const overrides = (node["Override"] ?? node["bt:Override"]) as Node[] | undefined;
      const zh = overrides?.find((o) => o.$?.Locale === "zh-CN")?.$?.Value;
      expect({ string: node.$!.DefaultValue, zh }).toEqual({
        string: node.$!.DefaultValue,
        zh: expect.stringMatching(/[\u4e00-\u9fff]/),
      });
    }
  });

  test("every URL is a dev URL for a file the build emits, and icons have their declared size", () => {
    const dist = distDir();
    const urls = elements.flatMap((e) =>
      [e.node.$?.DefaultValue, e.node.$?.Value].filter((v): v is string => !!v && v.startsWith("http")),
    );
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      expect(url.startsWith(DEV_URL)).toBe(true);
      const relative = url.slice(DEV_URL.length);
      expect(fs.existsSync(path.join(dist, relative))).toBe(true);
    }
    const images = elements.filter((e) => e.name === "bt:Image" && e.node.$?.DefaultValue);
    for (const { node } of images) {
      const declared = Number(/^Icon\.(\d+)x\d+$/.exec(node.$!.id)![1]);
      expect(pngSize(path.join(dist, node.$!.DefaultValue.slice(DEV_URL.length)))).toEqual({ width: declared, height: declared });
    }
    const icon = elements.find((e) => e.name === "IconUrl")!.node.$!.DefaultValue;
    expect(pngSize(path.join(dist, icon.slice(DEV_URL.length)))).toEqual({ width: 32, height: 32 });
    const hiRes = elements.find((e) => e.name === "HighResolutionIconUrl")!.node.$!.DefaultValue;
    expect(pngSize(path.join(dist, hiRes.slice(DEV_URL.length)))).toEqual({ width: 64, height: 64 });
  });

  test("the production build rewrites the dev URL to the production one, and nothing else", () => {
    const source = fs.readFileSync(file, "utf8");
    const built = fs.readFileSync(path.join(distDir(), "manifest.xml"), "utf8");
    expect(built).not.toContain(DEV_URL);
    expect(built.split("https://sales-planner.example.com/").join(DEV_URL)).toBe(source);
  });

  test("icons are not blank squares: each has more than one colour", () => {
    for (const size of [16, 32, 64, 80]) {
      const buf = fs.readFileSync(path.join(root, "assets", `icon-${size}.png`));
      // concatenate IDAT chunks, inflate, count distinct RGBA pixels (rows carry a filter byte first)
      const parts: Buffer[] = [];
      for (let at = 8; at < buf.length;) {
        const length = buf.readUInt32BE(at);
        if (buf.toString("ascii", at + 4, at + 8) === "IDAT") parts.push(buf.subarray(at + 8, at + 8 + length));
        at += 12 + length;
      }
      const raw = zlib.inflateSync(Buffer.concat(parts));
      const colours = new Set<number>();
      for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) colours.add(raw.readUInt32BE(y * (size * 4 + 1) + 1 + x * 4));
      expect(colours.size).toBeGreaterThanOrEqual(3);
    }
  });
});
