/** The name the change log records, for hosts that cannot tell who the user is (Excel): given once, kept on this computer. */
import { Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import type { PaneHost } from "../host";
import { useMessages } from "../i18n/messages";

/** Nothing where the host knows the user itself (Sheets). */
export function UserField({ host }: { host: PaneHost }) {
  const { t } = useMessages();
  const [name, setName] = useState(host.user);
  if (!host.setUser) return null;
  const save = (): void => {
    host.setUser?.(name);
    setName(host.user);
  };
  return (
    <Field label={t("pane.user")} hint={t("pane.userHint")}>
      <Input value={name} onChange={(_, d) => setName(d.value)} onBlur={save} />
    </Field>
  );
}
