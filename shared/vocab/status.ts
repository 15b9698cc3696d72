/** Recognises implementation statuses, UPR positions and activity statuses written in any of the seven languages. */
import type { Translations } from "../i18n/catalog";
import type { ActivityStatus, Position, RecommendationStatus } from "../model/codes";
import { ACTIVITY_STATUS_LABELS, POSITION_LABELS, RECOMMENDATION_STATUS_LABELS } from "./labels";
import { createVocabulary, type Match, type SynonymTable } from "./match";

/** Words that flip a status's meaning; a guess must agree with its synonym on them. */
export const NEGATIONS: readonly string[] = [
  "not", "no", "non", "never", "pas", "ne", "aucun", "aucune", "sans", "sin", "ningun", "ninguna", "não", "sem",
  "nunca", "jamais", "не", "нет", "لم", "غير", "لا", "عدم", "未", "不", "没", "无", "尚未",
];

/** Words that make a status partial; a guess must agree with its synonym on them too. */
export const PARTIAL_WORDS: readonly string[] = [
  "partially", "partly", "partial", "in part", "partiellement", "partielle", "partiel", "en partie", "parcialmente",
  "parcial", "en parte", "em parte", "частично", "جزئيا", "部分",
];

const GUARDS = { guards: [NEGATIONS, PARTIAL_WORDS] };

/** What people write in an implementation-status column (the tracker's own labels are added below). */
export const RECOMMENDATION_STATUS_SYNONYMS: SynonymTable<RecommendationStatus> = {
  implemented: [
    "Implemented", "Fully implemented", "Done", "Completed", "Complete", "Achieved", "Accomplished", "Fulfilled",
    "Finished", "Realised", "Realized", "Executed", "Closed", "✓", "✔", "✅", "☑", "✔️",
    "Mise en œuvre", "Mis en œuvre", "Mise en oeuvre", "Mis en oeuvre", "Mises en œuvre", "Mises en oeuvre",
    "Totalement mise en œuvre", "Entièrement mise en œuvre", "Pleinement mise en œuvre", "Réalisé", "Réalisée",
    "Réalisés", "Réalisées", "Achevé", "Achevée", "Terminé", "Terminée", "Accompli", "Accomplie", "Exécuté",
    "Exécutée", "Appliquée", "Fait", "Faite", "Satisfaite",
    "Cumplida", "Cumplido", "Implementada", "Implementado", "Ejecutada", "Realizada", "Completada", "Terminada",
    "Finalizada", "Concluida", "Plenamente cumplida", "Totalmente cumplida", "Totalmente implementada", "Hecho",
    "Cumprida", "Implementada totalmente", "Concluída", "Concluído", "Realizado", "Executada", "Feito",
    "Totalmente implementado",
    "منفذة", "منفذ", "نفذت", "تم التنفيذ", "منفذة بالكامل", "منفذة كليا", "مكتملة", "مكتمل", "أنجزت", "منجزة",
    "Выполнено", "Выполнена", "Выполнен", "Выполнены", "Реализовано", "Реализована", "Полностью выполнено",
    "Исполнено", "Завершено",
    "已落实", "已执行", "已实施", "已完成", "完成", "全部落实", "已全面落实",
  ],
  partially_implemented: [
    "Partially implemented", "Partly implemented", "Partially", "Partial", "Partially done", "Partially completed",
    "Partially achieved", "Partially fulfilled", "Implemented in part", "Partial implementation",
    "Partiellement mise en œuvre", "Partiellement mis en œuvre", "Partiellement mise en oeuvre",
    "Partiellement mis en oeuvre", "Partiellement mises en œuvre", "Partiellement réalisée", "Partiellement réalisé",
    "Partiellement", "Mise en œuvre partielle", "Mise en oeuvre partielle", "Partiellement exécutée",
    "Partiellement appliquée", "Partiellement satisfaite",
    "Parcialmente cumplida", "Parcialmente cumplido", "Cumplida parcialmente", "Parcialmente implementada",
    "Implementada parcialmente", "Parcialmente", "Cumplimiento parcial", "Parcial", "Parcialmente ejecutada",
    "Parcialmente realizada", "Parcialmente implementado", "Parcialmente cumprida", "Cumprida parcialmente",
    "Implementação parcial", "Parcialmente realizada",
    "منفذة جزئيا", "منفذة جزئيًا", "نفذت جزئيا", "تنفيذ جزئي", "جزئيا", "منفذ جزئيا",
    "Выполнено частично", "Частично выполнено", "Частично выполнена", "Частично реализовано", "Частично",
    "Реализовано частично",
    "部分落实", "部分执行", "部分实施", "部分完成", "部分",
  ],
  in_progress: [
    "In progress", "Ongoing", "On going", "On-going", "Underway", "Under way", "Started", "In process",
    "Being implemented", "Implementation in progress", "Implementation ongoing", "In implementation", "Initiated",
    "Work in progress", "WIP", "Under implementation", "In the process of implementation",
    "En cours", "En cours de mise en œuvre", "En cours de mise en oeuvre", "En cours d'exécution",
    "En cours de réalisation", "En cours d'application", "En cours de traitement", "Entamée", "Entamé", "Démarrée",
    "Démarré", "Commencée", "Commencé", "Initiée",
    "En proceso", "En curso", "En ejecución", "En implementación", "En proceso de implementación",
    "En proceso de cumplimiento", "En trámite", "Iniciada", "Iniciado", "En desarrollo", "En marcha",
    "Em andamento", "Em curso", "Em execução", "Em implementação", "Em progresso", "Em processo", "Iniciado",
    "قيد التنفيذ", "جاري التنفيذ", "جار التنفيذ", "جارية", "جاري", "قيد الإنجاز", "قيد الانجاز", "في طور التنفيذ",
    "Выполняется", "В процессе", "В процессе выполнения", "В процессе реализации", "Реализуется", "В работе",
    "Начато",
    "进行中", "正在落实", "落实中", "实施中", "执行中", "正在实施", "正在进行", "正在执行",
  ],
  not_started: [
    "Not started", "Not yet started", "Not begun", "Not initiated", "Not implemented", "Not yet implemented",
    "Pending", "Not commenced", "To be started", "No action", "No action taken", "None yet",
    "Non entamée", "Non entamé", "Pas entamée", "Pas commencé", "Pas commencée", "Pas encore commencé",
    "Pas encore commencée", "Non commencée", "Non commencé", "Non démarrée", "Non démarré", "Non mise en œuvre",
    "Non mise en oeuvre", "Non mis en œuvre", "Non mis en oeuvre", "Pas mise en œuvre", "Pas mis en œuvre",
    "Pas encore mise en œuvre", "Non réalisée", "Non réalisé", "Non exécutée", "En attente", "Non satisfaite",
    "No iniciada", "No iniciado", "Sin iniciar", "Pendiente", "No cumplida", "No cumplido", "Incumplida",
    "No implementada", "No implementado", "Sin avance", "Sin avances", "Por iniciar", "Aún no iniciada",
    "Não iniciada", "Não iniciado", "Não implementada", "Não implementado", "Não cumprida", "Pendente",
    "Por iniciar", "Sem avanço",
    "لم يبدأ التنفيذ", "لم يبدا", "لم تبدأ", "لم تنفذ", "لم يتم التنفيذ", "غير منفذة", "غير منفذ", "لم ينفذ بعد",
    "Не начато", "Не начата", "Не выполнено", "Не выполнена", "Не реализовано", "Не начато выполнение",
    "未启动", "未开始", "尚未开始", "尚未启动", "未落实", "未执行", "尚未落实",
  ],
};

/** What people write in a UPR position column; "accepted"/"rejected" are the pre-2012 wording. */
export const POSITION_SYNONYMS: SynonymTable<Position> = {
  supported: [
    "Supported", "Support", "Accepted", "Accept", "Agreed", "Enjoys support", "Enjoys the support", "Approved",
    "Acceptée", "Accepté", "Acceptées", "Acceptés", "Appuyée", "Appuyé", "Soutenue", "Soutenu", "Approuvée",
    "Bénéficie du soutien", "Recueille l'adhésion",
    "Aceptada", "Aceptado", "Apoyada", "Apoyado", "Aceptadas", "Cuenta con el apoyo", "Respaldada",
    "Aceita", "Aceito", "Apoiada", "Apoiado", "Acolhida",
    "مؤيدة", "مؤيد", "مقبولة", "مقبول", "حظيت بالتأييد", "تحظى بالتأييد", "قبلت",
    "Поддержана", "Поддержано", "Поддержаны", "Принята", "Принято", "Одобрена",
    "支持", "接受", "已接受", "同意",
  ],
  supported_in_part: [
    "Supported in part", "Partially supported", "Partly supported", "Accepted in part", "Partially accepted",
    "Partly accepted", "Supported/Noted", "Supported / Noted", "Accepted/Noted", "Partial support",
    "Acceptée en partie", "Acceptée partiellement", "Partiellement acceptée", "Partiellement accepté",
    "Appuyée en partie", "Partiellement appuyée", "Partiellement soutenue",
    "Aceptada parcialmente", "Parcialmente aceptada", "Aceptada en parte", "Apoyada parcialmente",
    "Parcialmente apoyada", "Apoyada en parte",
    "Aceita em parte", "Aceita parcialmente", "Parcialmente aceita", "Apoiada parcialmente", "Parcialmente apoiada",
    "مؤيدة جزئيا", "مقبولة جزئيا", "مؤيدة جزئيًا", "حظيت بالتأييد جزئيا",
    "Поддержана частично", "Частично поддержана", "Частично поддержано", "Принята частично", "Частично принята",
    "部分支持", "部分接受",
  ],
  noted: [
    "Noted", "Rejected", "Not accepted", "Not supported", "Taken note", "Took note", "Takes note", "Not agreed",
    "Does not enjoy support", "Did not enjoy support", "Declined",
    "Notée", "Noté", "Prise en note", "Pris note", "Prend note", "Prise en compte", "Rejetée", "Rejeté",
    "Non acceptée", "Non accepté", "Non soutenue", "Ne recueille pas l'adhésion",
    "Tomada en cuenta", "Tomó nota", "Toma nota", "Tomada nota", "Anotada", "Rechazada", "Rechazado",
    "No aceptada", "No aceptado", "No apoyada",
    "Anotado", "Tomou nota", "Rejeitada", "Rejeitado", "Não aceita", "Não apoiada",
    "أحيط بها علما", "أُحيط بها علمًا", "احيط علما", "أحاطت علما", "مرفوضة", "مرفوض", "غير مقبولة", "رفضت",
    "Принята к сведению", "Принято к сведению", "Приняты к сведению", "Отклонена", "Отклонено", "Не поддержана",
    "注意到", "已注意到", "拒绝", "不接受", "不支持",
  ],
};

/** What people write in an activity-status column. */
export const ACTIVITY_STATUS_SYNONYMS: SynonymTable<ActivityStatus> = {
  planned: [
    "Planned", "Scheduled", "Foreseen", "To do", "Todo", "Not started", "Not yet started", "Upcoming", "Pending",
    "Prévue", "Prévu", "Prévues", "Planifiée", "Planifié", "Programmée", "Programmé", "À venir", "A venir",
    "À faire", "A faire", "Non entamée", "Non entamé", "Pas commencé", "Pas encore commencé", "Non démarrée",
    "En attente",
    "Prevista", "Previsto", "Planificada", "Planificado", "Programada", "Programado", "Por iniciar",
    "No iniciada", "No iniciado", "Pendiente", "Por hacer",
    "Planejada", "Planejado", "Não iniciada", "Não iniciado", "Pendente", "A iniciar",
    "مخطط له", "مخطط لها", "مخطط", "مقرر", "مبرمج", "لم يبدأ", "لم تبدأ",
    "Запланировано", "Запланирована", "Планируется", "Не начато", "Не начата",
    "已计划", "计划中", "计划", "未开始", "待开始", "未启动",
  ],
  in_progress: [
    "In progress", "Ongoing", "On going", "On-going", "Underway", "Under way", "Started", "In process", "WIP",
    "Work in progress", "Being implemented",
    "En cours", "En cours d'exécution", "En cours de réalisation", "Démarrée", "Démarré", "Entamée", "Entamé",
    "Commencée", "Commencé",
    "En curso", "En proceso", "En ejecución", "Iniciada", "Iniciado", "En marcha", "En desarrollo",
    "Em curso", "Em andamento", "Em execução", "Em progresso",
    "جارٍ", "جار", "جاري", "جارية", "قيد التنفيذ", "قيد الإنجاز", "قيد الانجاز", "جاري التنفيذ",
    "Выполняется", "В процессе", "В работе", "Начато",
    "进行中", "实施中", "正在进行", "执行中", "正在实施",
  ],
  completed: [
    "Completed", "Complete", "Done", "Finished", "Achieved", "Implemented", "Accomplished", "Closed", "Delivered",
    "✓", "✔", "✅", "☑", "✔️",
    "Achevée", "Achevé", "Terminée", "Terminé", "Réalisée", "Réalisé", "Accomplie", "Accompli", "Exécutée",
    "Exécuté", "Faite", "Fait", "Mise en œuvre", "Mis en œuvre", "Mise en oeuvre", "Mis en oeuvre",
    "Completada", "Completado", "Terminada", "Terminado", "Finalizada", "Finalizado", "Realizada", "Realizado",
    "Ejecutada", "Ejecutado", "Cumplida", "Cumplido", "Concluida", "Hecho",
    "Concluída", "Concluído", "Finalizada", "Realizada", "Executada", "Feito", "Cumprida",
    "مكتمل", "مكتملة", "منجز", "منجزة", "منفذ", "منفذة", "تم", "تم التنفيذ", "أنجز", "اكتمل",
    "Завершено", "Завершена", "Выполнено", "Выполнена", "Реализовано",
    "已完成", "完成", "已落实", "已实施", "已执行",
  ],
  cancelled: [
    "Cancelled", "Canceled", "Dropped", "Abandoned", "Discontinued", "Withdrawn",
    "Annulée", "Annulé", "Abandonnée", "Abandonné", "Supprimée",
    "Cancelada", "Cancelado", "Anulada", "Anulado", "Abandonada", "Descartada",
    "Abandonado",
    "ملغى", "ملغي", "ملغاة", "ألغي", "ألغيت", "تم الإلغاء",
    "Отменено", "Отменена", "Отменён",
    "已取消", "取消", "已放弃",
  ],
};

/** Adds every language's label of each code, so the tracker's own dropdown values always parse back exactly. */
function withLabels<T extends string>(synonyms: SynonymTable<T>, labels: Readonly<Record<T, Translations>>): SynonymTable<T> {
  const out = {} as Record<T, readonly string[]>;
  for (const code of Object.keys(synonyms) as T[]) out[code] = [...Object.values(labels[code]), ...synonyms[code]];
  return out;
}

const recommendationStatus = createVocabulary(withLabels(RECOMMENDATION_STATUS_SYNONYMS, RECOMMENDATION_STATUS_LABELS), GUARDS);
const position = createVocabulary(withLabels(POSITION_SYNONYMS, POSITION_LABELS), GUARDS);
const activityStatus = createVocabulary(withLabels(ACTIVITY_STATUS_SYNONYMS, ACTIVITY_STATUS_LABELS), GUARDS);

/** Synonym keys claimed by two codes of one vocabulary (should be empty; exported for tests). */
export const STATUS_CONFLICTS = {
  recommendationStatus: recommendationStatus.conflicts,
  position: position.conflicts,
  activityStatus: activityStatus.conflicts,
} as const;

export const parseRecommendationStatus = (raw: string): Match<RecommendationStatus> => recommendationStatus.match(raw);
export const parsePosition = (raw: string): Match<Position> => position.match(raw);
export const parseActivityStatus = (raw: string): Match<ActivityStatus> => activityStatus.match(raw);
