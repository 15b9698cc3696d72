/** The canonical columns a source column can be mapped to, and their labels (the tracker's own headers). */
import type { Translations } from "../i18n/catalog";

export const RECOMMENDATION_FIELDS = [
  "id",
  "ref",
  "text",
  "mechanism",
  "symbol",
  "paragraph",
  "cycle",
  "session",
  "year",
  "date",
  "recommendingStates",
  "response",
  "status",
  "statusReason",
  "themes",
  "sdg",
  "affectedPersons",
  "institutions",
  "progress",
  "deadline",
  "cluster",
  "comments",
  "followUp",
  "indicators",
] as const;

export const ACTIVITY_FIELDS = [
  "activityId",
  "activity",
  "activityStatus",
  "activityDeadline",
  "activityInstitution",
] as const;

export const FIELDS = [...RECOMMENDATION_FIELDS, ...ACTIVITY_FIELDS] as const;
export type Field = (typeof FIELDS)[number];
export const isField = (s: string): s is Field => (FIELDS as readonly string[]).includes(s);

/** Fields whose cells hold several values. */
export const MULTI_VALUE_FIELDS: ReadonlySet<Field> = new Set<Field>([
  "recommendingStates",
  "themes",
  "sdg",
  "affectedPersons",
  "institutions",
]);

export const FIELD_LABELS: Readonly<Record<Field, Translations>> = {
  id: { en: "Tracker ID", fr: "ID de suivi", es: "ID de seguimiento", ar: "معرّف المتابعة", pt: "ID de acompanhamento", ru: "ID в трекере", zh: "跟踪编号" },
  ref: { en: "Reference", fr: "Référence", es: "Referencia", ar: "المرجع", pt: "Referência", ru: "Ссылка", zh: "编号" },
  text: { en: "Recommendation", fr: "Recommandation", es: "Recomendación", ar: "التوصية", pt: "Recomendação", ru: "Рекомендация", zh: "建议" },
  mechanism: { en: "Mechanism", fr: "Mécanisme", es: "Mecanismo", ar: "الآلية", pt: "Mecanismo", ru: "Механизм", zh: "机制" },
  symbol: { en: "Document symbol", fr: "Cote du document", es: "Signatura del documento", ar: "رمز الوثيقة", pt: "Símbolo do documento", ru: "Условное обозначение документа", zh: "文件编号" },
  paragraph: { en: "Paragraph", fr: "Paragraphe", es: "Párrafo", ar: "الفقرة", pt: "Parágrafo", ru: "Пункт", zh: "段落" },
  cycle: { en: "Cycle", fr: "Cycle", es: "Ciclo", ar: "الدورة", pt: "Ciclo", ru: "Цикл", zh: "周期" },
  session: { en: "Session", fr: "Session", es: "Sesión", ar: "الجلسة", pt: "Sessão", ru: "Сессия", zh: "届会" },
  year: { en: "Year", fr: "Année", es: "Año", ar: "السنة", pt: "Ano", ru: "Год", zh: "年份" },
  date: { en: "Document date", fr: "Date du document", es: "Fecha del documento", ar: "تاريخ الوثيقة", pt: "Data do documento", ru: "Дата документа", zh: "文件日期" },
  recommendingStates: { en: "Recommending States", fr: "États recommandants", es: "Estados recomendantes", ar: "الدول الموصية", pt: "Estados recomendantes", ru: "Рекомендующие государства", zh: "建议国" },
  response: { en: "Position", fr: "Position", es: "Posición", ar: "الموقف", pt: "Posição", ru: "Позиция", zh: "立场" },
  status: { en: "Implementation status", fr: "État de mise en œuvre", es: "Estado de implementación", ar: "حالة التنفيذ", pt: "Situação da implementação", ru: "Статус выполнения", zh: "落实状况" },
  statusReason: { en: "Status set by hand: reason", fr: "État fixé manuellement : motif", es: "Estado fijado a mano: motivo", ar: "سبب تحديد الحالة يدويًا", pt: "Situação definida manualmente: motivo", ru: "Статус задан вручную: причина", zh: "手动设定状况的理由" },
  themes: { en: "Themes", fr: "Thèmes", es: "Temas", ar: "المواضيع", pt: "Temas", ru: "Темы", zh: "主题" },
  sdg: { en: "SDGs", fr: "ODD", es: "ODS", ar: "أهداف التنمية المستدامة", pt: "ODS", ru: "ЦУР", zh: "可持续发展目标" },
  affectedPersons: { en: "Affected persons", fr: "Personnes concernées", es: "Personas afectadas", ar: "الأشخاص المتأثرون", pt: "Pessoas afetadas", ru: "Затрагиваемые лица", zh: "受影响人群" },
  institutions: { en: "Responsible institutions", fr: "Institutions responsables", es: "Instituciones responsables", ar: "المؤسسات المسؤولة", pt: "Instituições responsáveis", ru: "Ответственные учреждения", zh: "负责机构" },
  progress: { en: "Progress (%)", fr: "Avancement (%)", es: "Avance (%)", ar: "نسبة التقدم (%)", pt: "Progresso (%)", ru: "Прогресс (%)", zh: "进度 (%)" },
  deadline: { en: "Deadline", fr: "Échéance", es: "Plazo", ar: "الموعد النهائي", pt: "Prazo", ru: "Срок", zh: "截止日期" },
  cluster: { en: "Cluster", fr: "Groupe thématique", es: "Grupo temático", ar: "المجموعة", pt: "Agrupamento", ru: "Кластер", zh: "专题组" },
  comments: { en: "Comments", fr: "Observations", es: "Observaciones", ar: "ملاحظات", pt: "Observações", ru: "Комментарии", zh: "备注" },
  followUp: { en: "Selected for follow-up", fr: "Retenue pour le suivi", es: "Seleccionada para el seguimiento", ar: "مختارة للمتابعة", pt: "Selecionada para o seguimento", ru: "Отобрана для последующих мер", zh: "列入后续程序" },
  indicators: { en: "Indicators", fr: "Indicateurs", es: "Indicadores", ar: "المؤشرات", pt: "Indicadores", ru: "Показатели", zh: "指标" },
  activityId: { en: "Activity ID", fr: "ID de l'activité", es: "ID de la actividad", ar: "معرّف النشاط", pt: "ID da atividade", ru: "ID мероприятия", zh: "活动编号" },
  activity: { en: "Activity", fr: "Activité", es: "Actividad", ar: "النشاط", pt: "Atividade", ru: "Мероприятие", zh: "活动" },
  activityStatus: { en: "Activity status", fr: "État de l'activité", es: "Estado de la actividad", ar: "حالة النشاط", pt: "Situação da atividade", ru: "Статус мероприятия", zh: "活动状况" },
  activityDeadline: { en: "Activity deadline", fr: "Échéance de l'activité", es: "Plazo de la actividad", ar: "الموعد النهائي للنشاط", pt: "Prazo da atividade", ru: "Срок мероприятия", zh: "活动截止日期" },
  activityInstitution: { en: "Activity lead institution", fr: "Institution chef de file de l'activité", es: "Institución líder de la actividad", ar: "المؤسسة الرائدة للنشاط", pt: "Instituição líder da atividade", ru: "Ведущее учреждение мероприятия", zh: "活动牵头机构" },
};
