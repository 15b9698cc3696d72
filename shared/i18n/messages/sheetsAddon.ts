/** Messages of the Google Sheets add-on (menu, toasts, alerts, help), in every UI language. */
import type { Catalog } from "../catalog";

export const SHEETS_ADDON_MESSAGES: Catalog = {
  "sheetsAddon.menu.convert": {
    en: "Convert this sheet into a tracker", fr: "Convertir cette feuille en outil de suivi", es: "Convertir esta hoja en un seguimiento",
    ar: "تحويل هذه الورقة إلى جدول متابعة", pt: "Converter esta aba em um acompanhamento", ru: "Преобразовать этот лист в трекер", zh: "将此工作表转换为跟踪表",
  },
  "sheetsAddon.menu.validate": {
    en: "Check this sheet", fr: "Vérifier cette feuille", es: "Revisar esta hoja", ar: "التحقق من هذه الورقة", pt: "Verificar esta aba", ru: "Проверить этот лист", zh: "检查此工作表",
  },
  "sheetsAddon.menu.dashboard": {
    en: "Open the dashboard", fr: "Ouvrir le tableau de bord", es: "Abrir el panel", ar: "فتح لوحة المتابعة", pt: "Abrir o painel", ru: "Открыть сводку", zh: "打开仪表板",
  },
  "sheetsAddon.menu.sidebar": {
    en: "Open the sidebar", fr: "Ouvrir le panneau latéral", es: "Abrir el panel lateral", ar: "فتح الشريط الجانبي", pt: "Abrir a barra lateral", ru: "Открыть боковую панель", zh: "打开侧边栏",
  },
  "sheetsAddon.sidebar.title": {
    en: "NMIRF tracker", fr: "Outil de suivi NMIRF", es: "Seguimiento NMIRF", ar: "جدول متابعة الآلية الوطنية", pt: "Acompanhamento NMIRF", ru: "Трекер NMIRF", zh: "NMIRF 跟踪表",
  },
  "sheetsAddon.menu.help": { en: "Help", fr: "Aide", es: "Ayuda", ar: "مساعدة", pt: "Ajuda", ru: "Справка", zh: "帮助" },
  "sheetsAddon.convert.done": {
    en: "Tracker written: {records} recommendations in {sheets} sheets.",
    fr: "Outil de suivi écrit : {records} recommandations dans {sheets} feuilles.",
    es: "Seguimiento escrito: {records} recomendaciones en {sheets} hojas.",
    ar: "تمت كتابة جدول المتابعة: {records} توصية في {sheets} أوراق.",
    pt: "Acompanhamento gravado: {records} recomendações em {sheets} abas.",
    ru: "Трекер записан: рекомендаций — {records}, листов — {sheets}.",
    zh: "跟踪表已写入：{records} 条建议，共 {sheets} 个工作表。",
  },
  "sheetsAddon.convert.paused": {
    en: "Paused after {done} of {total} steps to stay within Google's 6-minute limit. Choose Convert again to continue.",
    fr: "Pause après {done} étapes sur {total} pour rester sous la limite de 6 minutes de Google. Choisissez à nouveau Convertir pour continuer.",
    es: "En pausa tras {done} de {total} pasos para no superar el límite de 6 minutos de Google. Elija Convertir de nuevo para continuar.",
    ar: "توقف مؤقت بعد {done} من {total} خطوة للبقاء ضمن حد Google البالغ 6 دقائق. اختر «تحويل» مرة أخرى للمتابعة.",
    pt: "Pausado após {done} de {total} etapas para respeitar o limite de 6 minutos do Google. Escolha Converter novamente para continuar.",
    ru: "Пауза после {done} из {total} шагов, чтобы уложиться в 6-минутный лимит Google. Выберите «Преобразовать» ещё раз, чтобы продолжить.",
    zh: "为不超过 Google 的 6 分钟限制，已在 {total} 步中的第 {done} 步后暂停。再次选择“转换”即可继续。",
  },
  "sheetsAddon.validate.title": {
    en: "Check results", fr: "Résultat de la vérification", es: "Resultado de la revisión", ar: "نتيجة التحقق", pt: "Resultado da verificação", ru: "Результаты проверки", zh: "检查结果",
  },
  "sheetsAddon.validate.summary": {
    en: "{records} recommendations read: {errors} errors, {warnings} warnings.",
    fr: "{records} recommandations lues : {errors} erreurs, {warnings} avertissements.",
    es: "{records} recomendaciones leídas: {errors} errores, {warnings} advertencias.",
    ar: "تمت قراءة {records} توصية: {errors} أخطاء، {warnings} تحذيرات.",
    pt: "{records} recomendações lidas: {errors} erros, {warnings} avisos.",
    ru: "Прочитано рекомендаций: {records}; ошибок: {errors}; предупреждений: {warnings}.",
    zh: "已读取 {records} 条建议：{errors} 个错误，{warnings} 个警告。",
  },
  "sheetsAddon.validate.more": {
    en: "…and {count} more.", fr: "… et {count} de plus.", es: "… y {count} más.", ar: "… و{count} أخرى.", pt: "… e mais {count}.", ru: "… и ещё {count}.", zh: "……另有 {count} 条。",
  },
  "sheetsAddon.dashboard.missing": {
    en: "There is no dashboard yet: convert a sheet first.",
    fr: "Il n'y a pas encore de tableau de bord : convertissez d'abord une feuille.",
    es: "Aún no hay panel: convierta primero una hoja.",
    ar: "لا توجد لوحة متابعة بعد: حوّل ورقة أولاً.",
    pt: "Ainda não há painel: converta uma aba primeiro.",
    ru: "Сводки пока нет: сначала преобразуйте лист.",
    zh: "尚无仪表板：请先转换一个工作表。",
  },
  "sheetsAddon.help.title": {
    en: "NMIRF tracker help", fr: "Aide de l'outil de suivi NMIRF", es: "Ayuda del seguimiento NMIRF", ar: "مساعدة جدول متابعة الآلية الوطنية",
    pt: "Ajuda do acompanhamento NMIRF", ru: "Справка по трекеру NMIRF", zh: "NMIRF 跟踪表帮助",
  },
  "sheetsAddon.help.body": {
    en: "Open the sheet that lists your recommendations and choose Convert: the add-on adds the tracker sheets (recommendations, activities, dashboard, issues, log, lists) and never changes your sheet. Check reports problems without writing anything.",
    fr: "Ouvrez la feuille qui liste vos recommandations et choisissez Convertir : le module ajoute les feuilles de suivi (recommandations, activités, tableau de bord, problèmes, journal, listes) sans jamais modifier votre feuille. Vérifier signale les problèmes sans rien écrire.",
    es: "Abra la hoja que enumera sus recomendaciones y elija Convertir: el complemento añade las hojas de seguimiento (recomendaciones, actividades, panel, problemas, registro, listas) y nunca modifica su hoja. Revisar señala los problemas sin escribir nada.",
    ar: "افتح الورقة التي تسرد توصياتك واختر «تحويل»: تضيف الإضافة أوراق المتابعة (التوصيات، الأنشطة، لوحة المتابعة، المشكلات، السجل، القوائم) ولا تغيّر ورقتك أبدًا. يعرض «التحقق» المشكلات دون كتابة أي شيء.",
    pt: "Abra a aba que lista suas recomendações e escolha Converter: o complemento adiciona as abas de acompanhamento (recomendações, atividades, painel, problemas, registro, listas) e nunca altera a sua aba. Verificar aponta os problemas sem gravar nada.",
    ru: "Откройте лист со списком рекомендаций и выберите «Преобразовать»: дополнение добавит листы трекера (рекомендации, мероприятия, сводка, проблемы, журнал, списки) и никогда не изменит ваш лист. «Проверить» показывает проблемы, ничего не записывая.",
    zh: "打开列出建议的工作表并选择“转换”：插件会添加跟踪工作表（建议、活动、仪表板、问题、日志、列表），绝不修改您的工作表。“检查”只报告问题，不写入任何内容。",
  },
  "sheetsAddon.unknownUser": {
    en: "unknown user", fr: "utilisateur inconnu", es: "usuario desconocido", ar: "مستخدم غير معروف", pt: "usuário desconhecido", ru: "неизвестный пользователь", zh: "未知用户",
  },
};
