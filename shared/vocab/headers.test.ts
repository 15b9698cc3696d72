import { LANGS } from "../model/codes";
import { FIELD_LABELS, FIELDS, type Field } from "../model/fields";
import { HEADER_CONFLICTS, HEADER_SYNONYMS, IGNORED_HEADERS, matchHeader } from "./headers";

it("no header synonym is claimed by two fields", () => {
  expect(HEADER_CONFLICTS).toEqual([]);
});

describe("every field label, in every language, matches its field exactly", () => {
  const cases = FIELDS.flatMap((field) => LANGS.map((lang) => [lang, FIELD_LABELS[field][lang], field] as const));
  it.each(cases)("%s %j → %s", (_lang, label, field) => {
    expect(matchHeader(label)).toEqual({ field, confidence: 1, exact: true });
  });
});

it("every listed synonym matches its field exactly", () => {
  for (const field of FIELDS) {
    for (const synonym of HEADER_SYNONYMS[field]) {
      expect([synonym, matchHeader(synonym)]).toMatchObject([synonym, { field, exact: true }]);
    }
  }
});

it.each(IGNORED_HEADERS)("ignored header %j → null", (header) => {
  expect(matchHeader(header)).toBeNull();
});

describe("matchHeader: exact", () => {
  it.each<[string, Field]>([
    // The UHRI "Export to Excel" headers, typos included.
    ["Text", "text"],
    ["Reccomending Body", "mechanism"],
    ["Recommending Body", "mechanism"],
    ["Document Symbol", "symbol"],
    ["Themes", "themes"],
    ["Affected Persons", "affectedPersons"],
    ["Sdgs", "sdg"],
    ["Document Publication Date", "date"],
    ["UPR Reccomending States", "recommendingStates"],
    ["UPR Position", "response"],
    ["OHCHR Annotation Id", "id"],
    ["UPR Session", "session"],
    // OHCHR matrices and UPR Info exports.
    ["uid", "ref"],
    ["cycle", "cycle"],
    ["session", "session"],
    ["year", "year"],
    ["wg_report", "symbol"],
    ["rec_id", "paragraph"],
    ["text", "text"],
    ["recommending_states", "recommendingStates"],
    ["recommending_state", "recommendingStates"],
    ["position", "response"],
    ["section_theme", "cluster"],
    ["themes", "themes"],
    ["affected_persons", "affectedPersons"],
    ["sdg_goals", "sdg"],
    ["response", "response"],
    ["issues", "themes"],
    ["review_year", "year"],
    ["From", "recommendingStates"],
    ["Issue", "themes"],
    // National trackers.
    ["Recommendations", "text"],
    ["Recommandation", "text"],
    ["Texte de la recommandation", "text"],
    ["Recomendación", "text"],
    ["Texte", "text"],
    ["التوصية", "text"],
    ["Рекомендация", "text"],
    ["建议", "text"],
    ["N°", "ref"],
    ["No.", "ref"],
    ["Nº", "ref"],
    ["#", "ref"],
    ["Réf.", "ref"],
    ["Code", "ref"],
    ["Rec. No", "ref"],
    ["Número", "ref"],
    ["ID", "ref"],
    ["Id", "ref"],
    ["Status", "status"],
    ["Statut", "status"],
    ["STATUT :", "status"],
    ["Statut*", "status"],
    ["État de mise en œuvre", "status"],
    ["Etat de mise en oeuvre", "status"],
    ["Niveau de mise en œuvre", "status"],
    ["Estado", "status"],
    ["Estado de cumplimiento", "status"],
    ["Situación", "status"],
    ["الحالة", "status"],
    ["Статус", "status"],
    ["状态", "status"],
    ["Response", "response"],
    ["Réponse", "response"],
    ["Posición", "response"],
    ["Respuesta", "response"],
    ["Position of the State", "response"],
    ["Accepted/Noted", "response"],
    ["Mechanism", "mechanism"],
    ["Body", "mechanism"],
    ["Mécanisme", "mechanism"],
    ["Organe", "mechanism"],
    ["Organe de traité", "mechanism"],
    ["Órgano", "mechanism"],
    ["Recommending State(s)", "recommendingStates"],
    ["État(s) recommandant(s)", "recommendingStates"],
    ["Pays recommandant", "recommendingStates"],
    ["Estado recomendante", "recommendingStates"],
    ["Symbol", "symbol"],
    ["Cote", "symbol"],
    ["Signatura", "symbol"],
    ["Paragraph", "paragraph"],
    ["Para.", "paragraph"],
    ["§", "paragraph"],
    ["Párrafo", "paragraph"],
    ["Theme", "themes"],
    ["Thématique", "themes"],
    ["Temas", "themes"],
    ["Groupes concernés", "affectedPersons"],
    ["Grupos afectados", "affectedPersons"],
    ["Populations", "affectedPersons"],
    ["SDG", "sdg"],
    ["SDGs", "sdg"],
    ["ODD", "sdg"],
    ["ODS", "sdg"],
    ["Objectifs de développement durable", "sdg"],
    ["Responsible institution(s)", "institutions"],
    ["Lead institution", "institutions"],
    ["Institution responsable", "institutions"],
    ["Ministère responsable", "institutions"],
    ["Structure responsable", "institutions"],
    ["Institución responsable", "institutions"],
    ["Entidad responsable", "institutions"],
    ["Focal point", "institutions"],
    ["Deadline", "deadline"],
    ["Échéance", "deadline"],
    ["Délai", "deadline"],
    ["Date limite", "deadline"],
    ["Plazo", "deadline"],
    ["Fecha límite", "deadline"],
    ["Prazo", "deadline"],
    ["Progress", "progress"],
    ["% progress", "progress"],
    ["Taux de réalisation", "progress"],
    ["Avancement", "progress"],
    ["Avance", "progress"],
    ["% de avance", "progress"],
    ["Activity", "activity"],
    ["Activities", "activity"],
    ["Actions", "activity"],
    ["Action", "activity"],
    ["Activités", "activity"],
    ["Mesures prises", "activity"],
    ["Actividades", "activity"],
    ["Acciones", "activity"],
    ["Atividades", "activity"],
    ["الأنشطة", "activity"],
    ["Мероприятия", "activity"],
    ["活动", "activity"],
    ["Activity status", "activityStatus"],
    ["Statut de l'activité", "activityStatus"],
    ["Estado de la actividad", "activityStatus"],
    ["Activity deadline", "activityDeadline"],
    ["Responsable de l'activité", "activityInstitution"],
    ["Comments", "comments"],
    ["Observations", "comments"],
    ["Remarques", "comments"],
    ["Commentaires", "comments"],
    ["Notes", "comments"],
    ["Observaciones", "comments"],
    ["Cycle", "cycle"],
    ["UPR cycle", "cycle"],
    ["Ciclo", "cycle"],
    ["Session", "session"],
    ["Sesión", "session"],
    ["Year", "year"],
    ["Année", "year"],
    ["Año", "year"],
    ["Date", "date"],
    ["Date of publication", "date"],
    ["Cluster", "cluster"],
    ["Groupe", "cluster"],
    ["Axe", "cluster"],
    ["Axe stratégique", "cluster"],
    ["Eje", "cluster"],
    ["Grupo", "cluster"],
    ["Matriz", "cluster"],
    ["Tracker ID", "id"],
    ["Selected for follow-up", "followUp"],
    ["Follow-up (1 yr)", "followUp"],
    ["Suivi prioritaire", "followUp"],
    ["Follow-up paragraph", "followUp"],
    ["Retenue pour le suivi", "followUp"],
    ["Recommandation de suivi", "followUp"],
    ["Seleccionada para seguimiento", "followUp"],
    ["Procedimiento de seguimiento", "followUp"],
    ["Indicators", "indicators"],
    ["Indicator", "indicators"],
    ["Progress indicators", "indicators"],
    ["Indicateurs", "indicators"],
    ["Indicateurs de suivi", "indicators"],
    ["Indicadores", "indicators"],
    ["Indicador", "indicators"],
    // Decoration: case, NBSP, trailing marks, hints in brackets, plurals.
    ["  STATUS\u00a0", "status"],
    ["Recommendation\n", "text"],
    ["Deadlines", "deadline"],
    ["Échéances", "deadline"],
    ["Comment", "comments"],
    ["Cycles", "cycle"],
  ])("%j → %s", (header, field) => {
    expect(matchHeader(header)).toMatchObject({ field, exact: true });
  });

  it("gives full confidence to a known synonym and a little less once a hint or plural is set aside", () => {
    expect(matchHeader("Statut")?.confidence).toBe(1);
    expect(matchHeader("Statut (choisir)")).toEqual({ field: "status", confidence: 0.95, exact: true });
    expect(matchHeader("Deadlines")).toEqual({ field: "deadline", confidence: 0.95, exact: true });
  });
});

describe("matchHeader: guesses", () => {
  it.each<[string, Field]>([
    ["Reccomendation", "text"],
    ["Recomendation text", "text"],
    ["Staus of implementation", "status"],
    ["Deadlne", "deadline"],
    ["Responsable institution", "institutions"],
    ["Implementation status as of June 2024", "status"],
    ["Deadline for implementation", "deadline"],
    ["Mesures prises depuis 2020", "activity"],
    ["Activity status for 2024", "activityStatus"],
    // "Follow-up" names the follow-up flag only as the whole header.
    ["Follow-up status", "status"],
    ["Follow-up actions", "activity"],
    ["Follow-up deadline", "deadline"],
    ["Mesures de suivi prises", "activity"],
  ])("%j → %s (not exact)", (header, field) => {
    const m = matchHeader(header);
    expect(m).toMatchObject({ field, exact: false });
    expect(m?.confidence).toBeLessThan(0.95);
    expect(m?.confidence).toBeGreaterThan(0.5);
  });
});

describe("matchHeader: no field", () => {
  it.each([
    "Countries Concerned",
    "Regions Concerned",
    "Recommending Regions",
    "state_under_review",
    "Type",
    "Date of publication on UHRI",
    "To",
    "Countrys Concerned",
    "Budget",
    "Responsible institution and deadline",
    "Mesures prises par l'État",
    "",
    "   ",
    "Stat",
    "Column1",
  ])("%j → null", (header) => {
    expect(matchHeader(header)).toBeNull();
  });
});
