/**
 * Offline checks of an XML add-in-only manifest: `office-addin-manifest validate` posts XML manifests to a
 * Microsoft service and fails offline, so these cover what breaks a deployment in practice: well-formedness,
 * element order (from the XSDs), identity, one https origin, files that exist, resources, and locales.
 */
import { manifestRefs } from "./writeManifests.cjs";
import { childrenNamed, descendants, parseXml, XmlError, type XmlElement } from "./xml";

export type ManifestHost = "Workbook" | "Document";

export interface ManifestCheckOptions {
  readonly host: ManifestHost;
  /** The URL every reference must start with (the dev URL, or the production URL after a build). */
  readonly baseUrl: string;
  /** Whether a path relative to `baseUrl` will be served. */
  readonly exists: (relativePath: string) => boolean;
}

/** The UI languages besides English (issues #3 and #5); BCP 47 tags compare case-insensitively. */
export const LOCALES = ["fr-fr", "es-es", "ar-sa", "pt-br", "ru-ru", "zh-cn"] as const;

const API_SET: Record<ManifestHost, string> = { Workbook: "ExcelApi", Document: "WordApi" };

/**
 * Allowed children, in the order the XSDs' sequences require
 * (https://learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering), for the parents we use.
 */
const ORDER: Record<string, readonly string[]> = {
  OfficeApp: ["Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
    "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides"],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  Group: ["Label", "Icon", "Control"],
  Control: ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  Action: ["TaskpaneId", "SourceLocation", "Title"],
  Resources: ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"],
};

type ResourceKind = "bt:Images" | "bt:Urls" | "bt:ShortStrings" | "bt:LongStrings";
/** Which resource list a `resid` on each element must point into. */
const RESID_KIND: Record<string, ResourceKind> = {
  "bt:Image": "bt:Images", SourceLocation: "bt:Urls", FunctionFile: "bt:Urls", LearnMoreUrl: "bt:Urls",
  Label: "bt:ShortStrings", Title: "bt:ShortStrings", Description: "bt:LongStrings",
};
const MAX_LENGTH: Record<string, number> = { DisplayName: 125, Description: 250, "bt:ShortStrings": 125, "bt:LongStrings": 250 };
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every problem found, as sentences; empty when the manifest passes. */
export function checkManifest(xml: string, options: ManifestCheckOptions): string[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    if (error instanceof XmlError) return [`not well-formed XML: ${error.message}`];
    throw error;
  }
  return [...checkOrder(root), ...checkIdentity(root, options.host), ...checkCommands(root, options.host), ...checkUrls(xml, options),
    ...checkResources(root), ...checkLocales(root)];
}

/** The elements reached from `element` by a path of child names, e.g. "Hosts/Host". */
function find(element: XmlElement, childPath: string): XmlElement[] {
  return childPath.split("/").reduce<XmlElement[]>((found, name) => found.flatMap((el) => childrenNamed(el, name)), [element]);
}

function checkOrder(root: XmlElement): string[] {
  const problems: string[] = [];
  if (root.name !== "OfficeApp") problems.push(`the root element is <${root.name}>, not <OfficeApp>`);
  for (const parent of descendants(root)) {
    const order = ORDER[parent.name];
    if (!order) continue;
    let last = -1;
    for (const child of parent.children) {
      const index = order.indexOf(child.name);
      if (index < 0) problems.push(`<${child.name}> is not a child <${parent.name}> may have`);
      else if (index < last) problems.push(`<${child.name}> must come before <${order[last]}> in <${parent.name}>`);
      else last = index;
    }
  }
  return problems;
}

function checkIdentity(root: XmlElement, host: ManifestHost): string[] {
  const problems: string[] = [];
  const text = (name: string): string => {
    const found = childrenNamed(root, name);
    if (found.length !== 1) problems.push(`<OfficeApp> needs exactly one <${name}>`);
    return found[0]?.text.trim() ?? "";
  };
  if (root.attributes.get("xmlns") !== "http://schemas.microsoft.com/office/appforoffice/1.1") problems.push("<OfficeApp> must use the appforoffice/1.1 namespace");
  if (root.attributes.get("xsi:type") !== "TaskPaneApp") problems.push('<OfficeApp> must be xsi:type="TaskPaneApp"');
  if (!GUID.test(text("Id"))) problems.push("<Id> must be a GUID");
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(text("Version"))) problems.push("<Version> must be n.n.n.n");
  if (text("ProviderName") === "") problems.push("<ProviderName> is empty");
  if (text("DefaultLocale") !== "en-US") problems.push("<DefaultLocale> must be en-US");
  if (text("Permissions") !== "ReadWriteDocument") problems.push("<Permissions> must be ReadWriteDocument");
  const hosts = find(root, "Hosts/Host").map((el) => el.attributes.get("Name"));
  if (hosts.join() !== host) problems.push(`<Hosts> must name only ${host}, not ${hosts.join(", ") || "nothing"}`);
  const sets = find(root, "Requirements/Sets/Set").map((el) => el.attributes.get("Name"));
  if (!sets.includes(API_SET[host])) problems.push(`<Requirements> must ask for a minimum ${API_SET[host]}`);
  if (find(root, "DefaultSettings/SourceLocation").length !== 1) problems.push("<DefaultSettings> needs one <SourceLocation>");
  return problems;
}

function checkCommands(root: XmlElement, host: ManifestHost): string[] {
  const problems: string[] = [];
  const overrides = childrenNamed(root, "VersionOverrides");
  if (overrides.length !== 1 || overrides[0]?.attributes.get("xsi:type") !== "VersionOverridesV1_0") {
    return ['<OfficeApp> needs one <VersionOverrides xsi:type="VersionOverridesV1_0"> for the ribbon button'];
  }
  const override = overrides[0];
  // Requirements here hide the ribbon button on clients that lack the set instead of falling back to the base manifest.
  if (childrenNamed(override, "Requirements").length > 0) problems.push("<Requirements> belongs in <OfficeApp>, not in <VersionOverrides>");
  const hostTypes = find(override, "Hosts/Host").map((el) => el.attributes.get("xsi:type"));
  if (hostTypes.join() !== host) problems.push(`<VersionOverrides> must describe only the ${host} host`);
  const tabs = find(override, "Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab");
  if (!tabs.some((tab) => tab.attributes.get("id") === "TabHome")) problems.push("the ribbon button must be on the Home tab (OfficeTab TabHome)");
  const actions = tabs.flatMap((tab) => find(tab, "Group/Control/Action"));
  if (!actions.some((action) => action.attributes.get("xsi:type") === "ShowTaskpane")) problems.push("no ribbon button opens the task pane (Action ShowTaskpane)");
  for (const icon of descendants(override).filter((el) => el.name === "Icon")) {
    const sizes = childrenNamed(icon, "bt:Image").map((el) => el.attributes.get("size"));
    for (const size of ["16", "32", "80"]) if (!sizes.includes(size)) problems.push(`a ribbon <Icon> lacks the ${size} px image`);
  }
  return problems;
}

function checkUrls(xml: string, { baseUrl, exists }: ManifestCheckOptions): string[] {
  const problems: string[] = [];
  for (const url of manifestRefs(xml).urls) {
    if (!url.startsWith("https://")) problems.push(`${url} is not https`);
    else if (!url.startsWith(baseUrl)) problems.push(`${url} is not under ${baseUrl}: every URL must be on the add-ins' one origin`);
    else if (!exists(url.slice(baseUrl.length))) problems.push(`${url} refers to ${url.slice(baseUrl.length)}, which does not exist`);
  }
  return problems;
}

function checkResources(root: XmlElement): string[] {
  const problems: string[] = [];
  const defined = new Map<string, ResourceKind>();
  for (const list of find(root, "VersionOverrides/Resources")[0]?.children ?? []) {
    for (const resource of list.children) {
      const id = resource.attributes.get("id") ?? "";
      if (defined.has(id)) problems.push(`resource "${id}" is defined twice`);
      defined.set(id, list.name as ResourceKind);
    }
  }
  const used = new Set<string>();
  for (const el of descendants(root)) {
    const resid = el.attributes.get("resid");
    if (resid === undefined) continue;
    used.add(resid);
    const kind = defined.get(resid);
    if (resid.length > 32) problems.push(`resid "${resid}" is longer than 32 characters`);
    if (!kind) problems.push(`resid "${resid}" (on <${el.name}>) is not defined in <Resources>`);
    else if (RESID_KIND[el.name] && RESID_KIND[el.name] !== kind) problems.push(`resid "${resid}" on <${el.name}> must be in <${RESID_KIND[el.name]}>, not <${kind}>`);
  }
  for (const id of defined.keys()) if (!used.has(id)) problems.push(`resource "${id}" is defined but never used`);
  return problems;
}

/** DisplayName, Description and every string resource: an override per locale, no more, none empty or too long. */
function checkLocales(root: XmlElement): string[] {
  const problems: string[] = [];
  const texts = [
    ...["DisplayName", "Description"].flatMap((name) => childrenNamed(root, name).map((el) => ({ el, label: `<${name}>`, max: MAX_LENGTH[name] as number }))),
    ...(["bt:ShortStrings", "bt:LongStrings"] as const).flatMap((list) =>
      find(root, `VersionOverrides/Resources/${list}/bt:String`).map((el) => ({ el, label: `string "${el.attributes.get("id")}"`, max: MAX_LENGTH[list] as number }))),
  ];
  for (const { el, label, max } of texts) {
    const overrides = el.children.filter((child) => child.name === "Override" || child.name === "bt:Override");
    const locales = overrides.map((child) => (child.attributes.get("Locale") ?? "").toLowerCase());
    const missing = LOCALES.filter((locale) => !locales.includes(locale));
    const extra = locales.filter((locale, i) => !(LOCALES as readonly string[]).includes(locale) || locales.indexOf(locale) !== i);
    if (missing.length > 0) problems.push(`${label} has no override for ${missing.join(", ")}`);
    if (extra.length > 0) problems.push(`${label} has unexpected or repeated overrides for ${extra.join(", ")}`);
    for (const value of [el.attributes.get("DefaultValue"), ...overrides.map((child) => child.attributes.get("Value"))]) {
      if (!value?.trim()) problems.push(`${label} has an empty text`);
      else if (value.length > max) problems.push(`${label} has a text longer than ${max} characters: "${value.slice(0, 40)}…"`);
    }
  }
  return problems;
}
