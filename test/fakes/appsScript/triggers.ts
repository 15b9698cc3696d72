/** ScriptApp's installable triggers: a builder for spreadsheet triggers, the project's triggers, deleting them. */
import type { FakeHost } from "./host";

export type TriggerEvent = "ON_EDIT" | "ON_CHANGE" | "ON_OPEN" | "ON_FORM_SUBMIT";

export interface FakeTrigger {
  readonly id: string;
  readonly handler: string;
  readonly event: TriggerEvent;
  readonly sourceId: string;
}

export class FakeScriptApp {
  readonly triggers: FakeTrigger[] = [];
  readonly AuthMode = { NONE: "NONE", LIMITED: "LIMITED", FULL: "FULL", CUSTOM_FUNCTION: "CUSTOM_FUNCTION" };
  readonly EventType = { ON_EDIT: "ON_EDIT", ON_CHANGE: "ON_CHANGE", ON_OPEN: "ON_OPEN", ON_FORM_SUBMIT: "ON_FORM_SUBMIT" };
  private next = 0;
  /** Apps Script allows 20 triggers per user per script. */
  static readonly LIMIT = 20;

  constructor(private readonly host: FakeHost) {}

  private view(t: FakeTrigger) {
    return {
      getUniqueId: () => (this.host.call("Trigger.getUniqueId"), t.id),
      getHandlerFunction: () => (this.host.call("Trigger.getHandlerFunction"), t.handler),
      getEventType: () => (this.host.call("Trigger.getEventType"), t.event),
      getTriggerSourceId: () => (this.host.call("Trigger.getTriggerSourceId"), t.sourceId),
    };
  }

  newTrigger(handler: string) {
    this.host.call("ScriptApp.newTrigger");
    if (typeof handler !== "string" || handler === "") throw new Error("Exception: The parameters () don't match the method signature for ScriptApp.newTrigger.");
    const create = (sourceId: string, event: TriggerEvent) => () => {
      this.host.call("TriggerBuilder.create");
      if (this.triggers.length >= FakeScriptApp.LIMIT) throw new Error("This script has too many triggers. Triggers must be deleted from the script before more can be added.");
      const trigger = { id: `trigger-${this.next++}`, handler, event, sourceId };
      this.triggers.push(trigger);
      return this.view(trigger);
    };
    return {
      forSpreadsheet: (ss: { getId(): string }) => {
        const sourceId = ss.getId();
        return {
          onEdit: () => ({ create: create(sourceId, "ON_EDIT") }),
          onChange: () => ({ create: create(sourceId, "ON_CHANGE") }),
          onOpen: () => ({ create: create(sourceId, "ON_OPEN") }),
        };
      },
    };
  }

  getProjectTriggers() {
    this.host.call("ScriptApp.getProjectTriggers");
    return this.triggers.map((t) => this.view(t));
  }

  deleteTrigger(trigger: { getUniqueId(): string }): void {
    this.host.call("ScriptApp.deleteTrigger");
    const id = trigger.getUniqueId();
    const i = this.triggers.findIndex((t) => t.id === id);
    if (i < 0) throw new Error("Exception: The trigger does not exist.");
    this.triggers.splice(i, 1);
  }
}
