/** Dropdowns on the record sheets' coded columns: a warning, not a block, so values kept as written stay visible. */
import { translate } from "../../i18n/catalog";
import { WORKBOOK_MESSAGES } from "../../i18n/messages/workbook";
import type { Lang } from "../../model/codes";
import { LAST_ROW, VALIDATION_HEADROOM } from "../limits";
import type { ListValidation } from "../plan";
import type { ListKind, ListSources } from "./lists";

/** Which list each column key draws from. */
const LIST_OF: Readonly<Record<string, ListKind>> = {
  status: "status",
  response: "response",
  mechanism: "mechanism",
  sdg: "sdg",
  institutions: "institutions",
  activityStatus: "activityStatus",
  activityInstitution: "institutions",
  followUp: "followUp",
};

/** Validations for the columns of a sheet with `rows` data rows, down to the headroom below them. */
export function listValidations(columnKeys: readonly string[], rows: number, sources: ListSources, lang: Lang): ListValidation[] {
  const errorTitle = translate(WORKBOOK_MESSAGES, "validation.title", lang);
  const errorMessage = translate(WORKBOOK_MESSAGES, "validation.message", lang);
  const out: ListValidation[] = [];
  columnKeys.forEach((key, col) => {
    const kind = LIST_OF[key];
    const source = kind ? sources[kind] : null;
    if (!source) return;
    const area = { top: 1, left: col, bottom: Math.min(rows + VALIDATION_HEADROOM, LAST_ROW), right: col };
    out.push({ area, source, errorStyle: "warning", errorTitle, errorMessage });
  });
  return out;
}
