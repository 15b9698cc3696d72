/**
 * The sidebar's entry: asks the server for the user's language and name, then renders the shared pane with the
 * Sheets host and the engine on the page's thread (Google's sandboxed iframe has no script URL to start a worker).
 */
import { createRoot } from "react-dom/client";
import { direction } from "../../../shared/i18n/catalog";
import { directEngine } from "../../../ui/engine/directEngine";
import { messagesFor } from "../../../ui/i18n/messages";
import { TaskPane } from "../../../ui/shell/TaskPane";
import { googleScriptRun, serverCall } from "./scriptRun";
import { sheetsHost } from "./sheetsHost";

const root = createRoot(document.getElementById("root")!);
const call = serverCall(googleScriptRun);

call("sidebarUser").then(
  ({ lang, user, tab }) => {
    document.documentElement.lang = lang;
    document.documentElement.dir = direction(lang);
    document.title = messagesFor(lang).t("pane.title");
    root.render(<TaskPane host={sheetsHost({ lang, user, call })} engine={directEngine()} {...(tab ? { initialTab: tab } : {})} />);
  },
  // Before the language is known only the server's own message can be shown.
  (error: Error) => root.render(<p role="alert">{error.message}</p>),
);
