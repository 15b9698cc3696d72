/** The public API of report assembly: specs, the document model, the builder, tags and the word count. */
export { buildReport, type BuiltReport } from "./buildReport";
export type { Block, DocumentModel, HeadingLevel, Run, Section } from "./documentModel";
export { lastReportedFrom, neverReported, type LastReported } from "./lastReported";
export { formatReference } from "./reference";
export { GroupBy, Period, REPORT_FIELDS, ReportField, ReportFilters, ReportSpec, TEMPLATES, TemplateId } from "./reportSpec";
export { decodeSectionTag, MAX_TAG_LENGTH, sectionTag, specHash, TAG_PREFIX, type DecodedTag } from "./sectionTag";
export { trackerDataDate } from "./trackerDate";
export { countWords, overLimit, UPR_NATIONAL_REPORT_WORD_LIMIT, wordCount } from "./wordCount";
