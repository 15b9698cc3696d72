/** The column headers real trackers and exports use for each tracker field, in the seven languages (data only). */
import type { Field } from "../model/fields";

/**
 * Besides these, every FIELD_LABELS label matches its field. Case, accents, punctuation, "(s)" and other
 * parenthetical hints and a final plural "s" are ignored when matching, so only distinct words are listed.
 */
export const EXTRA_HEADER_SYNONYMS: Readonly<Record<Field, readonly string[]>> = {
  // The source's stable key, not the user's own numbering (that is "ref").
  id: ["Tracker ID", "OHCHR Annotation Id", "Annotation Id", "UUID", "GUID", "Tracker key", "Clé de suivi", "Clave de seguimiento"],
  ref: [
    "ID", "Reference", "Ref", "Réf", "Reference number", "Ref no", "N°", "No", "Nº", "№", "Num", "Number", "#", "Code", "uid",
    "Rec No", "Rec #", "Recommendation No", "Recommendation number", "Recommendation ID", "Recommendation code",
    "S/N", "Sl No", "Sr No", "Serial number", "Numéro", "Numéro de la recommandation", "N° de la recommandation",
    "Code de la recommandation", "Identifiant", "Référence de la recommandation", "Número", "Número de recomendación",
    "Código", "Código de la recomendación", "Identificador", "Nro", "Número da recomendação", "رقم", "الرقم",
    "رقم التوصية", "الرمز المرجعي", "Номер", "№ п/п", "Номер рекомендации", "序号", "建议编号",
  ],
  text: [
    "Recommendation", "Recommendation text", "Text", "Text of recommendation", "Text of the recommendation",
    "Full text", "Recommendation (full text)", "Recommandation", "Texte", "Texte de la recommandation", "Libellé",
    "Libellé de la recommandation", "Intitulé de la recommandation", "Recomendación", "Recomendaciones", "Texto",
    "Texto de la recomendación", "Recomendação", "Recomendações", "Texto da recomendação", "التوصية", "التوصيات",
    "نص التوصية", "Рекомендация", "Текст рекомендации", "Текст", "建议", "建议内容", "建议案文", "案文",
  ],
  mechanism: [
    "Mechanism", "Body", "Recommending body", "Reccomending Body", "Source", "Source mechanism", "Treaty body",
    "Human rights mechanism", "UN mechanism", "Mécanisme", "Organe", "Organe de traité", "Organe conventionnel",
    "Organe recommandant", "Source de la recommandation", "Origine", "Mecanismo", "Órgano", "Órgano de tratado",
    "Órgano recomendante", "Fuente", "Órgão", "Órgão de tratado", "Fonte", "الآلية", "الهيئة", "الجهة الموصية",
    "هيئة المعاهدة", "المصدر", "Механизм", "Орган", "Договорный орган", "Источник", "机制", "条约机构", "来源",
  ],
  symbol: [
    "Document Symbol", "Symbol", "Document", "Doc symbol", "UN document", "Report", "wg_report", "Source document",
    "Cote", "Cote du document", "Référence du document", "Rapport", "Signatura", "Signatura del documento", "Símbolo",
    "Documento", "Informe", "Relatório", "رمز الوثيقة", "الوثيقة", "التقرير", "Условное обозначение", "Документ",
    "Доклад", "文件编号", "文号", "文件", "报告",
  ],
  paragraph: [
    "Paragraph", "Para", "Para no", "Paragraph number", "Paragraph no", "§", "rec_id", "Paragraphe", "Paragraphe n°",
    "Numéro de paragraphe", "Párrafo", "Número de párrafo", "Parágrafo", "الفقرة", "رقم الفقرة", "Пункт", "Параграф",
    "段落", "段",
  ],
  cycle: [
    "Cycle", "UPR cycle", "upr_cycle", "Review cycle", "Cycle de l'EPU", "Cycle EPU", "Ciclo", "Ciclo del EPU",
    "Ciclo EPU", "Ciclo da RPU", "Ciclo RPU", "جولة", "جولة الاستعراض", "Цикл", "Цикл УПО", "周期", "审议周期", "轮次",
  ],
  session: [
    "Session", "UPR Session", "Session number", "Review session", "Session de l'EPU", "Sesión", "Sesión del EPU",
    "Sessão", "Sessão da RPU", "الجلسة", "Сессия", "Сессия УПО", "届会",
  ],
  year: [
    "Year", "review_year", "Review year", "Year of review", "Year of recommendation", "Année", "Année de l'examen",
    "Año", "Año del examen", "Ano", "السنة", "العام", "Год", "年份", "年度",
  ],
  date: [
    "Date", "Document date", "Document Publication Date", "Date of publication", "Publication date",
    "Date of adoption", "Adoption date", "Date du document", "Date de publication", "Date d'adoption", "Fecha",
    "Fecha del documento", "Fecha de publicación", "Fecha de adopción", "Data", "Data do documento",
    "Data de publicação", "التاريخ", "تاريخ الوثيقة", "تاريخ النشر", "Дата", "Дата документа", "Дата публикации",
    "日期", "文件日期", "发布日期",
  ],
  recommendingStates: [
    "Recommending State", "Recommending States", "Recommending country", "Recommending countries",
    "UPR Reccomending States", "UPR Recommending States", "recommending_state", "upr_recommending_country", "From",
    "Recommended by", "Made by", "Source country", "État recommandant", "États recommandants", "Pays recommandant",
    "Pays recommandants", "Recommandé par", "Estado recomendante", "País recomendante", "Países recomendantes",
    "Recomendado por", "Estado que recomienda", "País que recomenda", "الدولة الموصية", "الدول الموصية",
    "الدول المقدمة للتوصية", "Рекомендующее государство", "Рекомендующая страна", "建议国", "提出建议的国家",
  ],
  response: [
    "Position", "Response", "UPR Position", "Position of the State", "Position of State", "State position",
    "State's position", "State response", "Accepted/Noted", "Supported/Noted", "Accepted or noted", "Réponse",
    "Position de l'État", "Réponse de l'État", "Acceptée/Notée", "Posición", "Respuesta", "Posición del Estado",
    "Respuesta del Estado", "Posição", "Resposta", "Posição do Estado", "الموقف", "موقف الدولة", "الرد", "Позиция",
    "Позиция государства", "Ответ", "立场", "国家立场", "答复",
  ],
  status: [
    "Status", "Implementation status", "Status of implementation", "Recommendation status", "Status of the recommendation",
    "Statut de la recommandation", "Level of implementation",
    "Implementation level", "Statut", "État", "État de mise en œuvre", "Niveau de mise en œuvre", "Statut de mise en œuvre",
    "Situation", "Niveau d'exécution", "Estado", "Estado de cumplimiento", "Estado de implementación",
    "Nivel de cumplimiento", "Situación", "Estado de la recomendación", "Situação", "Estado de implementação",
    "Status de implementação", "Situação da recomendação", "الحالة", "حالة التنفيذ", "وضع التنفيذ", "مستوى التنفيذ",
    "Статус", "Статус выполнения", "Состояние", "Состояние выполнения", "状态", "落实状况", "落实情况", "执行情况",
  ],
  statusReason: [
    "Status reason", "Reason for status", "Reason", "Justification", "Motif", "Justification du statut", "Motivo",
    "Justificación", "Justificativa", "سبب الحالة", "السبب", "Причина", "理由",
  ],
  themes: [
    "Themes", "Theme", "Issue", "Issues", "Topic", "Topics", "Subject", "Thematic area", "UHRI themes", "Sub-theme",
    "Thèmes", "Thème", "Thématique", "Thématiques", "Domaine", "Domaine thématique", "Sous-thème", "Temas", "Tema",
    "Área temática", "Materia", "Subtema", "Assunto", "Área", "المواضيع", "الموضوع", "المحاور الموضوعية", "Темы",
    "Тема", "主题", "议题",
  ],
  affectedPersons: [
    "Affected Persons", "Affected groups", "Affected group", "Target group", "Target groups", "Rights holders",
    "Beneficiaries", "Populations", "Population", "Groups concerned", "Persons concerned", "Groupes concernés",
    "Personnes concernées", "Groupes cibles", "Groupe cible", "Public cible", "Populations concernées",
    "Bénéficiaires", "Titulaires de droits", "Grupos afectados", "Personas afectadas", "Grupo afectado", "Población",
    "Grupos de población", "Grupos poblacionales", "Titulares de derechos", "Beneficiarios", "Pessoas afetadas",
    "Grupos afetados", "Público-alvo", "Beneficiários", "الفئات المتأثرة", "الفئات المعنية", "الأشخاص المتأثرون",
    "الفئة المستهدفة", "الفئات المستهدفة", "Затрагиваемые лица", "Затрагиваемые группы", "Целевые группы",
    "受影响人群", "受影响群体", "目标群体",
  ],
  sdg: [
    "SDG", "SDGs", "Sdgs", "ODD", "ODS", "sdg_goals", "SDG goals", "SDG goal", "SDG targets", "SDG target",
    "Sustainable Development Goals", "Objectifs de développement durable", "Objetivos de Desarrollo Sostenible",
    "Objetivos de Desenvolvimento Sustentável", "Цели в области устойчивого развития", "ЦУР", "可持续发展目标",
    "أهداف التنمية المستدامة", "هدف التنمية المستدامة",
  ],
  institutions: [
    "Responsible institution", "Responsible institutions", "Lead institution", "Lead institutions", "Lead agency",
    "Responsible agency", "Responsible ministry", "Responsible entity", "Responsible", "Responsibility",
    "Focal point", "Focal points", "Implementing agency", "Implementing institution", "Institution", "Institutions",
    "Ministry", "Ministries", "Actors", "Institution responsable", "Institutions responsables",
    "Ministère responsable", "Ministères responsables", "Structure responsable", "Structures responsables",
    "Responsable", "Responsables", "Point focal", "Points focaux", "Acteurs", "Institution chef de file",
    "Ministère", "Entité responsable", "Institución responsable", "Instituciones responsables", "Entidad responsable",
    "Entidades responsables", "Punto focal", "Puntos focales", "Institución", "Instituciones", "Actores",
    "Institución líder", "Instituição responsável", "Instituições responsáveis", "Órgão responsável",
    "Ponto focal", "Entidade responsável", "Instituição", "Instituições", "المؤسسة المسؤولة", "المؤسسات المسؤولة",
    "الجهة المسؤولة", "الجهات المسؤولة", "الجهة المعنية", "الجهات المعنية", "Ответственное учреждение",
    "Ответственный орган", "Ответственные", "Ответственный", "负责机构", "牵头机构", "主管部门", "责任单位", "负责单位",
  ],
  progress: [
    "Progress", "% progress", "Progress %", "Percentage", "% complete", "% completion", "% completed",
    "Completion rate", "Rate of implementation", "Implementation rate", "Taux de réalisation", "Taux de mise en œuvre",
    "Taux d'exécution", "Avancement", "Pourcentage", "% de réalisation", "% d'avancement", "Avance", "% de avance",
    "Porcentaje de avance", "Porcentaje de cumplimiento", "Grado de avance", "Porcentaje", "Progresso",
    "Percentual", "% de execução", "Percentual de execução", "نسبة التقدم", "نسبة الإنجاز", "نسبة التنفيذ",
    "Прогресс", "Процент выполнения", "进度", "完成率", "完成百分比",
  ],
  deadline: [
    "Deadline", "Due date", "Target date", "Timeline", "Timeframe", "Time frame", "Completion date",
    "Expected completion", "Expected completion date", "By when", "Échéance", "Délai", "Date limite", "Calendrier",
    "Échéancier", "Date butoir", "Date d'échéance", "Date prévue", "Date de réalisation prévue", "Période de mise en œuvre", "Plazo", "Fecha límite", "Fecha de cumplimiento",
    "Cronograma", "Plazo de cumplimiento", "Fecha de vencimiento", "Fecha prevista", "Data de vencimento", "Data prevista", "Prazo", "Data limite", "Prazo de implementação", "الموعد النهائي",
    "المهلة", "الإطار الزمني", "الجدول الزمني", "Срок", "Сроки", "Срок исполнения", "Срок выполнения", "截止日期",
    "期限", "时间表", "完成时间",
  ],
  cluster: [
    "Cluster", "Thematic cluster", "Groupe", "Axe", "Axe stratégique", "Axe thématique", "Pilier", "Eje",
    "Eje temático", "Eje estratégico", "Grupo", "Matriz", "Matrix", "Pillar", "Section", "section_theme", "Pilar",
    "Agrupamento", "Eixo", "Eixo temático", "المجموعة", "المحور", "Кластер", "Группа", "专题组", "类别",
  ],
  comments: [
    "Comments", "Comment", "Remarks", "Notes", "Note", "Observations", "Remarques", "Commentaires", "Commentaire",
    "Observaciones", "Comentarios", "Notas", "Observações", "Comentários", "ملاحظات", "تعليقات", "Комментарии",
    "Примечания", "Примечание", "备注", "评论", "说明",
  ],
  // A bare "Suivi" or "Seguimiento" column usually holds the measures taken: only phrases that name the selection.
  followUp: [
    "Follow-up", "Selected for follow-up", "For follow-up", "Follow-up recommendation", "Follow-up paragraph", "Follow-up procedure",
    "Follow-up item", "Follow-up flag", "Priority for follow-up", "Sélectionnée pour le suivi", "Retenue pour le suivi",
    "Recommandation de suivi", "Paragraphe de suivi", "Procédure de suivi", "Pour suivi", "Suivi prioritaire",
    "Seleccionada para seguimiento", "Recomendación de seguimiento", "Párrafo de seguimiento",
    "Procedimiento de seguimiento", "Para seguimiento", "Seguimiento prioritario", "Selecionada para seguimento",
    "Procedimento de seguimento", "إجراء المتابعة", "توصية للمتابعة", "Процедура последующих мер", "后续程序", "后续行动建议",
  ],
  indicators: [
    "Indicators", "Indicator", "Progress indicators", "Performance indicators", "Outcome indicators", "KPI", "KPIs",
    "Indicateurs", "Indicateur", "Indicateurs de suivi", "Indicateurs de résultat", "Indicateurs de performance",
    "Indicadores", "Indicador", "Indicadores de seguimiento", "Indicadores de resultado", "Indicadores de progreso",
    "Indicadores de desempenho", "المؤشرات", "مؤشرات", "مؤشرات الأداء", "Показатели", "Индикаторы", "指标", "绩效指标",
  ],
  activityId: [
    "Activity ID", "Activity No", "Activity number", "Action ID", "Action No", "N° activité", "ID activité",
    "Numéro de l'activité", "N° de actividad", "ID de actividad", "Número de actividad", "Número da atividade",
    "رقم النشاط", "Номер мероприятия", "活动编号",
  ],
  activity: [
    "Activity", "Activities", "Actions", "Action", "Action taken", "Actions taken", "Measures", "Measures taken",
    "Planned actions", "Planned activities", "Activités", "Actions menées", "Mesures prises", "Mesures",
    "Actions prévues", "Activités prévues", "Actividades", "Acciones", "Acción", "Medidas", "Medidas adoptadas",
    "Acciones realizadas", "Actividades previstas", "Atividades", "Ações", "Ação", "Medidas tomadas", "الأنشطة",
    "النشاط", "الإجراءات", "التدابير", "التدابير المتخذة", "Мероприятия", "Меры", "Принятые меры", "Действия", "活动",
    "行动", "措施", "已采取的措施",
  ],
  activityStatus: [
    "Activity status", "Status of activity", "Action status", "Statut de l'activité", "Statut de l'action",
    "Estado de la actividad", "Estado de la acción", "Situação da atividade", "Status da atividade", "حالة النشاط",
    "Статус мероприятия", "活动状态",
  ],
  activityDeadline: [
    "Activity deadline", "Action deadline", "Activity due date", "Activity timeline", "Délai de l'activité",
    "Échéance de l'action", "Fecha límite de la actividad", "Plazo de la acción", "Prazo da ação",
    "موعد النشاط", "Срок выполнения мероприятия", "活动期限",
  ],
  activityInstitution: [
    "Activity institution", "Activity lead", "Activity responsible", "Responsible for activity",
    "Responsible for the activity", "Institution responsable de l'activité", "Responsable de l'activité",
    "Institución responsable de la actividad", "Responsable de la actividad", "Instituição responsável pela atividade",
    "Responsável pela atividade", "المؤسسة المسؤولة عن النشاط", "Ответственный за мероприятие", "活动负责机构",
  ],
};

/**
 * Fields a header names only as a whole (hints in brackets aside): "Follow-up (1 yr)" is the follow-up flag, but
 * "Follow-up status" or "Follow-up actions" are the status and the activities, not a clash between them.
 */
export const WHOLE_HEADER_FIELDS: ReadonlySet<Field> = new Set<Field>(["followUp"]);

/**
 * Headers of exports that the tracker has no field for (the importer keeps them as extra columns). Listed so
 * that fuzzy and partial matching never turns them into a field ("Countries Concerned" is not "Comments").
 */
export const IGNORED_HEADERS: readonly string[] = [
  "Countries Concerned", "Country concerned", "Countries", "Country", "Regions Concerned", "Recommending Regions",
  "Regions", "Region", "state_under_review", "State under review", "SuR", "sur_regional_group", "sur_organisations",
  "rs_regional_group", "rs_organisations", "Type", "Annotation type", "Date of publication on UHRI", "source_file",
  "source_row", "action_category", "Action category", "source_of_position", "To", "To-Rgrp", "To-Org", "From-Rgrp",
  "From-Org", "title", "url", "Pays", "Pays concerné", "État examiné", "País", "Estado examinado", "البلد", "Страна",
  "国家",
];
