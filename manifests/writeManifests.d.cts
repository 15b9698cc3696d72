// Types for writeManifests.cjs (plain CommonJS so that webpack.config.js can require it).
import type { Compiler } from "webpack";

export declare const DEV_URL: "https://localhost:3000/";
export declare function checkUrl(url: string): string;
export declare function manifestRefs(xml: string): { urls: string[]; resids: string[] };
export declare function rewriteManifest(xml: string, url: string): string;
export declare function manifestFiles(url: string): { path: string; data: Buffer }[];
export declare function writeManifests(options: { url: string; outDir: string }): string[];
export declare class ManifestsPlugin {
  constructor(url: string);
  apply(compiler: Compiler): void;
}
