import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { checkManifest, type ManifestHost } from "./checkManifest";
import { checkUrl, DEV_URL, manifestRefs, rewriteManifest, writeManifests } from "./writeManifests.cjs";
import { parseXml } from "./xml";

const BUILD = path.join(__dirname, "..", "dist", "web");
const PROD_URL = "https://addins.example.org/nmirf/";
const PAGES: Record<ManifestHost, string> = { Workbook: "excel/taskpane.html", Document: "word/taskpane.html" };
const MANIFESTS = [
  { file: "excel.xml", host: "Workbook" },
  { file: "word.xml", host: "Document" },
] as const;
const source = (file: string): string => readFileSync(path.join(__dirname, file), "utf8");
/** The task panes come from the lead's webpack build: checked there once a build with manifests exists. */
const built = existsSync(path.join(BUILD, "excel.xml"));

/** What the committed manifests may refer to: files kept here, and the host's task pane page (in the build once there is one). */
function servedFromSource(host: ManifestHost, useBuild = built): (relativePath: string) => boolean {
  return (rel) => (rel.startsWith("assets/") || rel === "support.html" ? existsSync(path.join(__dirname, rel)) : useBuild ? existsSync(path.join(BUILD, rel)) : rel === PAGES[host]);
}

describe.each(MANIFESTS)("manifests/$file", ({ file, host }) => {
  const xml = source(file);

  test("passes every offline check with the development URL", () => {
    expect(checkManifest(xml, { host, baseUrl: DEV_URL, exists: servedFromSource(host) })).toEqual([]);
  });

  test("opens its own task pane, from the ribbon and by default", () => {
    const refs = manifestRefs(xml);
    expect(refs.urls).toContain(DEV_URL + PAGES[host]);
    expect(refs.urls.filter((url) => url.endsWith(".html") && url !== `${DEV_URL}support.html`)).toEqual([DEV_URL + PAGES[host]]);
    expect(refs.resids).toEqual(expect.arrayContaining(["Taskpane.Url", "Button.Label", "Button.Tooltip", "Icon.16", "Icon.32", "Icon.80"]));
  });
});

test("the two add-ins have different Ids", () => {
  const ids = MANIFESTS.map(({ file }) => parseXml(source(file)).children.find((el) => el.name === "Id")?.text);
  expect(new Set(ids).size).toBe(2);
});

describe("writeManifests", () => {
  let outDir = "";
  beforeAll(() => {
    outDir = mkdtempSync(path.join(tmpdir(), "nmirf-manifests-"));
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test("writes both manifests pointing only at the production URL, with the files they refer to", () => {
    const written = writeManifests({ url: PROD_URL, outDir });
    expect(written).toEqual(expect.arrayContaining(["excel.xml", "word.xml", "assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png", "support.html"]));
    for (const { file, host } of MANIFESTS) {
      const output = readFileSync(path.join(outDir, file), "utf8");
      const exists = (rel: string): boolean => existsSync(path.join(outDir, rel)) || rel === PAGES[host];
      expect(checkManifest(output, { host, baseUrl: PROD_URL, exists })).toEqual([]);
      expect(output).not.toContain("localhost");
      expect(output.split(PROD_URL).join(DEV_URL)).toBe(source(file)); // only the URLs changed
    }
  });

  test.each([
    ["http://addins.example.org/", /must use https/],
    ["https://addins.example.org/nmirf", /must end with "\/"/],
    ["https://addins.example.org/?v=1/", /query/],
    ["addins.example.org/", /is not a URL/],
    ["https://Addins.Example.org/", /Write the add-ins' URL as "https:\/\/addins\.example\.org\/"/],
    ["", /is not a URL/],
  ])("refuses %j", (url, message) => {
    expect(() => checkUrl(url)).toThrow(message);
    expect(() => writeManifests({ url, outDir })).toThrow(message);
  });

  test("`npm run build -- --env url=…` reaches webpack: npm appends the arguments to the build script's last command", () => {
    const build = (JSON.parse(source(path.join("..", "package.json"))) as { scripts: Record<string, string> }).scripts["build"]!;
    expect(build.split("&&").map((c) => c.trim()).at(-1)).toMatch(/^webpack\b/);
  });

  test("refuses a manifest that would still point elsewhere after the rewrite", () => {
    const xml = source("excel.xml").replace(`${DEV_URL}support.html`, "https://help.example.com/");
    expect(() => rewriteManifest(xml, PROD_URL)).toThrow(/https:\/\/help\.example\.com\/.*outside/);
  });
});

describe("the checker catches", () => {
  const excel = source("excel.xml");
  const served = servedFromSource("Workbook", false); // independent of whether a build exists
  const check = (xml: string, exists = served): string => checkManifest(xml, { host: "Workbook", baseUrl: DEV_URL, exists }).join("\n");
  const edit = (from: string | RegExp, to: string): string => {
    const edited = excel.replace(from, to);
    if (edited === excel) throw new Error(`the test's edit ${String(from)} matched nothing`);
    return edited;
  };

  test.each<[string, () => string, RegExp]>([
    ["a resid with no resource", () => edit(/\s*<bt:Image id="Icon.80"[^>]*\/>/, ""), /resid "Icon\.80" \(on <bt:Image>\) is not defined/],
    ["a resid in the wrong list", () => edit('<Label resid="Button.Label"/>', '<Label resid="Button.Tooltip"/>'), /"Button\.Tooltip" on <Label> must be in <bt:ShortStrings>/],
    ["an unused resource", () => edit("<bt:Urls>", '<bt:Urls><bt:Url id="Spare.Url" DefaultValue="https://localhost:3000/support.html"/>'), /"Spare\.Url" is defined but never used/],
    ["a resid over 32 characters", () => edit(/"Icon\.16"/g, '"Icon.sixteen.pixels.for.the.ribbon.x"'), /longer than 32/],
    ["XML that is not well-formed", () => edit("</Hosts>", ""), /not well-formed XML: .* at \d+:\d+/],
    ["elements out of order", () => edit("  <Version>1.0.0.0</Version>\n  <ProviderName>NMIRF suite</ProviderName>", "  <ProviderName>NMIRF suite</ProviderName>\n  <Version>1.0.0.0</Version>"), /<Version> must come before <ProviderName>/],
    ["an element under the wrong parent", () => edit("<Permissions>", "<Hostz/><Permissions>"), /<Hostz> is not a child <OfficeApp> may have/],
    ["a missing locale override", () => edit(/\s*<bt:Override Locale="ru-ru" Value="Отслеживание"\/>/, ""), /string "Button\.Label" has no override for ru-ru/],
    ["a repeated locale override", () => edit('<Override Locale="fr-fr"', '<Override Locale="zh-CN" Value="x"/><Override Locale="fr-fr"'), /<DisplayName> has unexpected or repeated overrides for zh-cn/],
    ["an over-long text", () => edit('Value="Suivi"', `Value="${"x".repeat(126)}"`), /longer than 125/],
    ["an http URL", () => edit("https://localhost:3000/assets/icon-64.png", "http://localhost:3000/assets/icon-64.png"), /http:\/\/localhost:3000\/assets\/icon-64\.png is not https/],
    ["a second origin", () => edit("https://localhost:3000/support.html", "https://help.example.com/"), /not under https:\/\/localhost:3000\//],
    ["another host's page", () => edit('<SourceLocation DefaultValue="https://localhost:3000/excel/', '<SourceLocation DefaultValue="https://localhost:3000/word/'), /word\/taskpane\.html, which does not exist/],
    ["a GUID that is not one", () => edit(/<Id>[^<]*<\/Id>/, "<Id>nmirf-excel</Id>"), /<Id> must be a GUID/],
    ["a three-part version", () => edit("<Version>1.0.0.0</Version>", "<Version>1.0.0</Version>"), /n\.n\.n\.n/],
    ["the wrong permission", () => edit("<Permissions>ReadWriteDocument", "<Permissions>ReadDocument"), /ReadWriteDocument/],
    ["the wrong host", () => edit('<Host Name="Workbook"/>', '<Host Name="Document"/>'), /<Hosts> must name only Workbook/],
    ["Requirements inside VersionOverrides", () => edit("<VersionOverrides xmlns=\"http://schemas.microsoft.com/office/taskpaneappversionoverrides\" xsi:type=\"VersionOverridesV1_0\">", "$&<Requirements/>"), /belongs in <OfficeApp>, not in <VersionOverrides>/],
    ["a button that opens nothing", () => edit('xsi:type="ShowTaskpane"', 'xsi:type="ExecuteFunction"'), /opens the task pane/],
    ["a ribbon icon size left out", () => edit(/\s*<bt:Image size="80" resid="Icon\.80"\/>/, ""), /lacks the 80 px image/],
  ])("%s", (_name, make, expected) => {
    expect(check(make())).toMatch(expected);
  });

  test("an icon missing from the files", () => {
    expect(check(excel, (rel) => rel !== "assets/icon-16.png" && served(rel))).toMatch(/assets\/icon-16\.png, which does not exist/);
  });
});

describe("the XML parser", () => {
  test("reads names, attributes, entities and CDATA", () => {
    const root = parseXml(`<?xml version="1.0"?>\n<!-- c --><a xmlns:b="urn:b" x='1 &amp; 2'><b:c y="&#x41;&lt;"/>t&gt;<![CDATA[<raw>]]></a>\n`);
    expect(root.name).toBe("a");
    expect(root.attributes.get("x")).toBe("1 & 2");
    expect(root.children[0]?.attributes.get("y")).toBe("A<");
    expect(root.text).toBe("t><raw>");
  });

  test.each([
    ["<a><b></a>", /<\/a> closes <b>/],
    ["<a>", /<a> is not closed/],
    ['<a x="1" x="2"/>', /duplicate attribute/],
    ["<a x=1/>", /quoted/],
    ['<a x="<"/>', /"<" is not allowed/],
    ["<a>&</a>", /entity reference/],
    ["<a>&nbsp;</a>", /unknown entity/],
    ["<b:a/>", /undeclared namespace prefix "b"/],
    ["<!DOCTYPE a><a/>", /DOCTYPE/],
    ["<a/><b/>", /content after the root/],
    ["<a><!-- x -- y --></a>", /"--" is not allowed/],
    ['<a/>\n<?xml version="1.0"?>', /declaration must come first/],
    ["<a>\u0001</a>", /character not allowed/],
    ["", /expected the root element/],
  ])("rejects %j", (xml, message) => {
    expect(() => parseXml(xml)).toThrow(message);
  });
});

describe("icons", () => {
  const icons = readdirSync(path.join(__dirname, "assets"));
  const referenced = MANIFESTS.flatMap(({ file }) => manifestRefs(source(file)).urls).filter((url) => url.includes("/assets/"));

  test.each(icons)("%s is a PNG of the size its name says", (name) => {
    const png = readFileSync(path.join(__dirname, "assets", name));
    const size = Number(/^icon-(\d+)\.png$/.exec(name)?.[1]);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  });

  test("every icon is used by a manifest, and IconUrl/HighResolutionIconUrl are the 32 and 64 px ones", () => {
    expect(new Set(referenced.map((url) => url.slice(url.lastIndexOf("/") + 1)))).toEqual(new Set(icons));
    for (const { file } of MANIFESTS) {
      const root = parseXml(source(file));
      const icon = (name: string): string | undefined => root.children.find((el) => el.name === name)?.attributes.get("DefaultValue");
      expect([icon("IconUrl"), icon("HighResolutionIconUrl")]).toEqual([`${DEV_URL}assets/icon-32.png`, `${DEV_URL}assets/icon-64.png`]);
    }
  });
});

(built ? describe : describe.skip)("the production build in dist/web", () => {
  test.each(MANIFESTS)("$file refers only to files the build contains", ({ file, host }) => {
    const xml = readFileSync(path.join(BUILD, file), "utf8");
    const page = manifestRefs(xml).urls.find((url) => url.endsWith(PAGES[host])) ?? "";
    const baseUrl = page.slice(0, page.length - PAGES[host].length);
    expect(checkManifest(xml, { host, baseUrl, exists: (rel) => existsSync(path.join(BUILD, rel)) })).toEqual([]);
  });
});
