/** The shape every template shares: the selected records in, the section's blocks out. */
import type { Mechanism } from "../../model/codes";
import type { Recommendation } from "../../model/tracker";
import type { ReportContext } from "../context";
import type { Block } from "../documentModel";
import type { GroupBy, ReportField } from "../reportSpec";

export interface TemplateInput {
  readonly records: readonly Recommendation[];
  readonly ctx: ReportContext;
  readonly groupBy: GroupBy;
  readonly fields: readonly ReportField[];
}

export interface Template {
  /** Mechanisms the template covers when the drafter names none (null: all). */
  readonly mechanisms: readonly Mechanism[] | null;
  readonly defaultGroupBy: GroupBy;
  /** Narrows the filtered records further, when the template reports only some of them by nature. */
  readonly keep?: (records: readonly Recommendation[]) => readonly Recommendation[];
  readonly build: (input: TemplateInput) => Block[];
}

/** The treaty bodies: the mechanisms that adopt concluding observations. */
export const TREATY_BODIES: readonly Mechanism[] = ["CCPR", "CESCR", "CAT", "SPT", "CEDAW", "CRC", "CERD", "CRPD", "CMW", "CED"];
