/** Renders an issue's message in the user's language, showing codes and fields by their labels. */
import type { Lang } from "../model/codes";
import { FIELD_LABELS, isField } from "../model/fields";
import type { Issue, LocatedIssue } from "../model/issue";
import { ACTIVITY_STATUS_LABELS, MECHANISM_LABELS, POSITION_LABELS, RECOMMENDATION_STATUS_LABELS } from "../vocab/labels";
import { interpolateWith, type Translations } from "./catalog";
import { ISSUE_MESSAGES } from "./messages/issues";

/** The labels a field's codes are shown with, so "in_progress" reads "En cours" in French. */
const CODE_LABELS: Readonly<Record<string, Readonly<Record<string, Translations>>>> = {
  status: RECOMMENDATION_STATUS_LABELS,
  response: POSITION_LABELS,
  mechanism: MECHANISM_LABELS,
  activityStatus: ACTIVITY_STATUS_LABELS,
};

export function codeLabel(field: string, code: string, lang: Lang): string {
  return CODE_LABELS[field]?.[code]?.[lang] ?? code;
}

export function fieldLabel(field: string, lang: Lang): string {
  return isField(field) ? FIELD_LABELS[field][lang] : field;
}

/** Labels a message may show, worked out only when its template asks for them. */
function derivedParam(issue: Issue, name: string, lang: Lang): string | undefined {
  const field = issue.field ?? String(issue.params.field ?? "");
  switch (name) {
    case "fieldLabel": return fieldLabel(String(issue.params.field ?? field), lang);
    case "suggestionLabel": return issue.suggestion ? codeLabel(field, issue.suggestion, lang) : "";
    case "recordedLabel": return codeLabel("status", String(issue.params.recorded ?? ""), lang);
    case "derivedLabel": return codeLabel("status", String(issue.params.derived ?? ""), lang);
    default: return undefined;
  }
}

export function renderIssue(issue: Issue, lang: Lang): LocatedIssue {
  const template = ISSUE_MESSAGES[issue.code]?.[lang] ?? ISSUE_MESSAGES[issue.code]?.en ?? issue.code;
  const message = interpolateWith(template, (name) =>
    Object.prototype.hasOwnProperty.call(issue.params, name) ? String(issue.params[name]) : derivedParam(issue, name, lang),
  );
  return { ...issue, message };
}
