/** How the controlled codes are shown to people (and written in trackers and dropdowns), per language. */
import type { Translations } from "../i18n/catalog";
import type { ActivityStatus, Lang, Mechanism, Position, RecommendationStatus } from "../model/codes";

export const RECOMMENDATION_STATUS_LABELS: Readonly<Record<RecommendationStatus, Translations>> = {
  not_started: { en: "Not started", fr: "Non entamée", es: "No iniciada", ar: "لم يبدأ التنفيذ", pt: "Não iniciada", ru: "Не начато", zh: "未启动" },
  in_progress: { en: "In progress", fr: "En cours", es: "En proceso", ar: "قيد التنفيذ", pt: "Em andamento", ru: "Выполняется", zh: "进行中" },
  partially_implemented: { en: "Partially implemented", fr: "Partiellement mise en œuvre", es: "Parcialmente cumplida", ar: "منفذة جزئيًا", pt: "Parcialmente implementada", ru: "Выполнено частично", zh: "部分落实" },
  implemented: { en: "Implemented", fr: "Mise en œuvre", es: "Cumplida", ar: "منفذة", pt: "Implementada", ru: "Выполнено", zh: "已落实" },
};

export const POSITION_LABELS: Readonly<Record<Position, Translations>> = {
  supported: { en: "Supported", fr: "Acceptée", es: "Aceptada", ar: "مؤيدة", pt: "Aceita", ru: "Поддержана", zh: "支持" },
  supported_in_part: { en: "Supported in part", fr: "Acceptée en partie", es: "Aceptada parcialmente", ar: "مؤيدة جزئيًا", pt: "Aceita em parte", ru: "Поддержана частично", zh: "部分支持" },
  noted: { en: "Noted", fr: "Notée", es: "Tomada en cuenta", ar: "أُحيط بها علمًا", pt: "Anotada", ru: "Принята к сведению", zh: "注意到" },
};

export const ACTIVITY_STATUS_LABELS: Readonly<Record<ActivityStatus, Translations>> = {
  planned: { en: "Planned", fr: "Prévue", es: "Prevista", ar: "مخطط له", pt: "Prevista", ru: "Запланировано", zh: "已计划" },
  in_progress: { en: "In progress", fr: "En cours", es: "En curso", ar: "جارٍ", pt: "Em curso", ru: "Выполняется", zh: "进行中" },
  completed: { en: "Completed", fr: "Achevée", es: "Completada", ar: "مكتمل", pt: "Concluída", ru: "Завершено", zh: "已完成" },
  cancelled: { en: "Cancelled", fr: "Annulée", es: "Cancelada", ar: "ملغى", pt: "Cancelada", ru: "Отменено", zh: "已取消" },
};

/** Mechanisms are shown by the acronym each language's practitioners use. */
export const MECHANISM_LABELS: Readonly<Record<Mechanism, Translations>> = {
  UPR: { en: "UPR", fr: "EPU", es: "EPU", ar: "الاستعراض الدوري الشامل", pt: "RPU", ru: "УПО", zh: "普遍定期审议" },
  CCPR: { en: "CCPR", fr: "CCPR", es: "CCPR", ar: "CCPR", pt: "CCPR", ru: "КПЧ", zh: "人权事务委员会" },
  CESCR: { en: "CESCR", fr: "CDESC", es: "CDESC", ar: "CESCR", pt: "CDESC", ru: "КЭСКП", zh: "经济、社会及文化权利委员会" },
  CAT: { en: "CAT", fr: "CAT", es: "CAT", ar: "CAT", pt: "CAT", ru: "КПП", zh: "禁止酷刑委员会" },
  SPT: { en: "SPT", fr: "SPT", es: "SPT", ar: "SPT", pt: "SPT", ru: "ППП", zh: "防范酷刑小组委员会" },
  CEDAW: { en: "CEDAW", fr: "CEDEF", es: "CEDAW", ar: "CEDAW", pt: "CEDAW", ru: "КЛДЖ", zh: "消除对妇女歧视委员会" },
  CRC: { en: "CRC", fr: "CDE", es: "CDN", ar: "CRC", pt: "CDC", ru: "КПР", zh: "儿童权利委员会" },
  CERD: { en: "CERD", fr: "CERD", es: "CERD", ar: "CERD", pt: "CERD", ru: "КЛРД", zh: "消除种族歧视委员会" },
  CRPD: { en: "CRPD", fr: "CDPH", es: "CDPD", ar: "CRPD", pt: "CDPD", ru: "КПИ", zh: "残疾人权利委员会" },
  CMW: { en: "CMW", fr: "CMW", es: "CMW", ar: "CMW", pt: "CMW", ru: "КТМ", zh: "保护所有移徙工人委员会" },
  CED: { en: "CED", fr: "CED", es: "CED", ar: "CED", pt: "CED", ru: "КНИ", zh: "强迫失踪问题委员会" },
  SP: { en: "Special procedures", fr: "Procédures spéciales", es: "Procedimientos especiales", ar: "الإجراءات الخاصة", pt: "Procedimentos especiais", ru: "Специальные процедуры", zh: "特别程序" },
  REGIONAL: { en: "Regional mechanism", fr: "Mécanisme régional", es: "Mecanismo regional", ar: "آلية إقليمية", pt: "Mecanismo regional", ru: "Региональный механизм", zh: "区域机制" },
};

export const label = <K extends string>(labels: Readonly<Record<K, Translations>>, code: K, lang: Lang): string =>
  labels[code][lang];
