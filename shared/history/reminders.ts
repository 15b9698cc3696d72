/**
 * Reminders per institution: its overdue and soon-due items (a recommendation's deadline, or an open activity's)
 * and a ready-to-send subject and body in the institution's language. The suite writes them; a person sends them.
 */
import { translate } from "../i18n/catalog";
import { HISTORY_MESSAGES } from "../i18n/messages/history";
import type { Lang } from "../model/codes";
import type { Recommendation } from "../model/tracker";
import { effectiveStatus } from "../rollup/deriveStatus";
import { periodEnd } from "../rollup/periodEnd";
import { addDays } from "./days";

export { toEml, toMailto, type EmlParts, type MessageParts } from "./email";

export interface ReminderItem {
  readonly kind: "overdue" | "dueSoon";
  readonly recommendationId: string;
  /** The reference shown to the focal point: the source's own, else the tracker ID. */
  readonly ref: string;
  readonly text: string;
  /** Null when the deadline is the recommendation's own. */
  readonly activity: string | null;
  readonly deadline: string;
  /** The deadline's last day, which the items are sorted by. */
  readonly due: string;
}

export interface Reminder {
  readonly institution: string;
  readonly lang: Lang;
  readonly items: readonly ReminderItem[];
  readonly subject: string;
  readonly body: string;
}

export interface ReminderOptions {
  readonly asOf: string;
  /** Items due from asOf up to this many days later are "due soon". */
  readonly withinDays: number;
  readonly lang: Lang;
  /** An institution's own language, when it differs from `lang`. */
  readonly langOf?: (institution: string) => Lang | undefined;
}

/** The farthest ahead reminders look (the command line's --within, the pane's field): ten years. */
export const MAX_WITHIN_DAYS = 3650;

/** The days ahead written as `text`: whole days in digits only, at most MAX_WITHIN_DAYS; null for anything else. */
export function withinDays(text: string): number | null {
  const n = Number(text);
  return /^\d+$/.test(text) && n <= MAX_WITHIN_DAYS ? n : null;
}

const MAX_TEXT = 160;
const short = (text: string): string => {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > MAX_TEXT ? `${oneLine.slice(0, MAX_TEXT - 1)}…` : oneLine;
};

type Kind = ReminderItem["kind"] | null;

function kindOf(deadline: string | null, asOf: string, until: string): [Kind, string] {
  const due = deadline === null ? null : periodEnd(deadline);
  if (due === null) return [null, ""];
  if (due < asOf) return ["overdue", due];
  return [due <= until ? "dueSoon" : null, due];
}

/** Every (institution, item) pair a record gives: its own deadline for its institutions, each open activity's for its own. */
function itemsOf(rec: Recommendation, asOf: string, until: string): [string, ReminderItem][] {
  if (effectiveStatus(rec).status === "implemented") return [];
  const base = { recommendationId: rec.id, ref: rec.ref ?? rec.paragraph ?? rec.id, text: short(rec.text) };
  const out: [string, ReminderItem][] = [];
  const [kind, due] = kindOf(rec.deadline, asOf, until);
  if (kind !== null) for (const inst of rec.institutions) out.push([inst, { ...base, kind, activity: null, deadline: rec.deadline!, due }]);
  for (const a of rec.activities) {
    if (a.status === "completed" || a.status === "cancelled") continue;
    const [actKind, actDue] = kindOf(a.deadline, asOf, until);
    const owners = a.institution ? a.institution.split("; ") : rec.institutions;
    if (actKind !== null) for (const inst of owners) out.push([inst, { ...base, kind: actKind, activity: short(a.text), deadline: a.deadline!, due: actDue }]);
  }
  return out;
}

export function reminders(records: readonly Recommendation[], opts: ReminderOptions): Reminder[] {
  const asOf = opts.asOf.slice(0, 10);
  const until = addDays(asOf, opts.withinDays);
  const byInstitution = new Map<string, ReminderItem[]>();
  for (const rec of records) {
    for (const [inst, item] of itemsOf(rec, asOf, until)) {
      const list = byInstitution.get(inst) ?? [];
      if (list.length === 0) byInstitution.set(inst, list);
      list.push(item);
    }
  }
  return [...byInstitution.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([institution, items]) => {
      const lang = opts.langOf?.(institution) ?? opts.lang;
      const sorted = [...items].sort((a, b) => a.due.localeCompare(b.due) || a.ref.localeCompare(b.ref));
      return { institution, lang, items: sorted, ...message(institution, sorted, { asOf, days: opts.withinDays, lang }) };
    });
}

function message(institution: string, items: readonly ReminderItem[], ctx: { asOf: string; days: number; lang: Lang }): { subject: string; body: string } {
  const t = (key: string, params = {}): string => translate(HISTORY_MESSAGES, key, ctx.lang, params);
  const overdue = items.filter((i) => i.kind === "overdue");
  const soon = items.filter((i) => i.kind === "dueSoon");
  const line = (i: ReminderItem): string =>
    i.activity === null ? t("history.reminder.item", { ref: i.ref, text: i.text, deadline: i.deadline }) : t("history.reminder.activityItem", { ref: i.ref, activity: i.activity, deadline: i.deadline });
  const section = (title: string, list: readonly ReminderItem[]): string[] => (list.length ? [title, ...list.map(line), ""] : []);
  const body = [
    t("history.reminder.greeting", { institution }),
    "",
    t("history.reminder.intro", { date: ctx.asOf }),
    "",
    ...section(t("history.reminder.overdue"), overdue),
    ...section(t("history.reminder.soon", { days: ctx.days }), soon),
    t("history.reminder.closing"),
  ].join("\n");
  return { subject: t("history.reminder.subject", { institution, overdue: overdue.length, soon: soon.length, days: ctx.days }), body };
}
