/** The spreadsheet pane's tabs, in order: also what a host's command may open it at (no React here, so a server bundle can check a name). */
export const TABS = ["convert", "import", "validate", "clusters", "dashboard", "packs", "history"] as const;
export type TabName = (typeof TABS)[number];
