import { userName } from "./userName";

const memory = () => {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
};

describe("the name the change log records", () => {
  it("is the fallback until the user gives one, then theirs, trimmed, on this computer", () => {
    const store = memory();
    const name = userName(store, "Excel");
    expect(name.get()).toBe("Excel");
    name.set("  Amina Diallo ");
    expect(name.get()).toBe("Amina Diallo");
    expect(userName(store, "Excel").get()).toBe("Amina Diallo");
  });

  it("falls back when the name is cleared or storage is refused", () => {
    const store = memory();
    const name = userName(store, "Excel");
    name.set("   ");
    expect(name.get()).toBe("Excel");
    const refusing = { getItem: () => { throw new Error("SecurityError"); }, setItem: () => { throw new Error("SecurityError"); } };
    const blocked = userName(refusing, "Excel");
    expect(() => blocked.set("Amina")).not.toThrow();
    expect(blocked.get()).toBe("Excel");
  });
});
