/**
 * Range and sheet protections, as Sheets keeps them: a description, warning-only or a list of editors, domain edit.
 * Every Protection call is a counted service call; the script's user stays an editor, as Sheets enforces.
 */
import type { FakeHost } from "./host";

export type ProtectionKind = "RANGE" | "SHEET";

export class FakeProtection {
  description = "";
  warningOnly = false;
  domainEdit = true;
  readonly editors: string[];
  removed = false;

  constructor(
    private readonly host: FakeHost,
    readonly kind: ProtectionKind,
    /** A1 of the protected range ("" for a whole sheet). */
    readonly a1: string,
    /** The user running the script: Sheets adds them as an editor and never lets them be removed. */
    private readonly owner: string,
    private readonly onRemove: (p: FakeProtection) => void,
  ) {
    this.editors = owner === "" ? [] : [owner];
  }

  private call(name: string): void {
    this.host.call(`Protection.${name}`);
    if (this.removed) throw new Error("Exception: This protection has been removed.");
  }

  getProtectionType(): ProtectionKind { this.call("getProtectionType"); return this.kind; }
  getDescription(): string { this.call("getDescription"); return this.description; }
  setDescription(d: string): FakeProtection { this.call("setDescription"); this.description = d; return this; }
  isWarningOnly(): boolean { this.call("isWarningOnly"); return this.warningOnly; }
  setWarningOnly(w: boolean): FakeProtection {
    this.call("setWarningOnly");
    this.warningOnly = w;
    return this;
  }
  getEditors(): { getEmail(): string }[] { this.call("getEditors"); return this.editors.map((e) => ({ getEmail: () => e })); }
  addEditors(emails: string[]): FakeProtection {
    this.call("addEditors");
    if (this.warningOnly) throw new Error("Exception: You can't set editors on a protection that only shows a warning.");
    for (const e of emails) if (!this.editors.includes(e)) this.editors.push(e);
    return this;
  }
  removeEditors(users: (string | { getEmail(): string })[]): FakeProtection {
    this.call("removeEditors");
    for (const u of users) {
      const email = typeof u === "string" ? u : u.getEmail();
      const i = this.editors.indexOf(email);
      if (i >= 0 && email !== this.owner) this.editors.splice(i, 1);
    }
    return this;
  }
  canDomainEdit(): boolean { this.call("canDomainEdit"); return this.domainEdit; }
  setDomainEdit(edit: boolean): FakeProtection { this.call("setDomainEdit"); this.domainEdit = edit; return this; }
  remove(): void {
    this.call("remove");
    this.removed = true;
    this.onRemove(this);
  }
}
