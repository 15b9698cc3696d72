/** Fill colours of the tracker (6-digit RGB), close to Excel's own "good / neutral / bad" styles so they read familiar. */
import type { ActivityStatus, RecommendationStatus, Severity } from "../model/codes";

export const STATUS_FILLS: Readonly<Record<RecommendationStatus, string>> = {
  implemented: "C6EFCE",
  partially_implemented: "FFEB9C",
  in_progress: "DDEBF7",
  not_started: "E7E6E6",
};

export const ACTIVITY_STATUS_FILLS: Readonly<Record<ActivityStatus, string>> = {
  completed: "C6EFCE",
  in_progress: "DDEBF7",
  planned: "E7E6E6",
  cancelled: "F2DCDB",
};

export const SEVERITY_FILLS: Readonly<Record<Severity, string>> = {
  error: "FFC7CE",
  warning: "FFEB9C",
  info: "DDEBF7",
};

export const TITLE_FILL = "D9E1F2";
export const TABLE_STYLE = "TableStyleMedium2";
