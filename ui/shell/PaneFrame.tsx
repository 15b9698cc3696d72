/** What every pane shares: Fluent theme (high contrast when the system asks for it), language, direction, title. */
import { FluentProvider, Title3, teamsHighContrastTheme, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Lang } from "../../shared/model/codes";
import { MessagesProvider, messagesFor } from "../i18n/messages";

const highContrast = (): boolean => typeof matchMedia === "function" && matchMedia("(forced-colors: active)").matches;

export function PaneFrame({ lang, children }: { lang: Lang; children: ReactNode }) {
  const { t, dir } = messagesFor(lang);
  return (
    <FluentProvider theme={highContrast() ? teamsHighContrastTheme : webLightTheme} dir={dir} lang={lang} style={{ minHeight: "100vh" }}>
      <MessagesProvider lang={lang}>
        <main style={{ display: "grid", gap: 12, padding: 12 }}>
          <Title3 as="h1">{t("pane.title")}</Title3>
          {children}
        </main>
      </MessagesProvider>
    </FluentProvider>
  );
}
