/**
 * The name the official gives for the change log, remembered per workbook on this computer (the
 * browser's storage): each co-author's pane records their own name, so it is not kept in the file.
 */
export interface OfficerMemory {
  recall(workbook: string): string | undefined;
  remember(workbook: string, officer: string): void;
}

export const OFFICER_STORAGE_KEY = "policy-tracker.officer-by-workbook.v1";
/** Workbooks remembered at most (the most recently named kept). */
const KEPT = 50;

export function webOfficerMemory(storage: () => Storage | undefined): OfficerMemory {
  const read = (): Record<string, string> => {
    try {
      const parsed: unknown = JSON.parse(storage()?.getItem(OFFICER_STORAGE_KEY) ?? "{}");
      return parsed && typeof parsed === "object" && !Array.isArray(parsed)
        ? Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === "string"))
        : {};
    } catch {
      return {};
    }
  };
  return {
    recall: (workbook) => read()[workbook],
    remember: (workbook, officer) => {
      const kept = read();
      delete kept[workbook];
      if (officer.trim()) kept[workbook] = officer;
      const recent = Object.entries(kept).slice(-KEPT);
      try {
        storage()?.setItem(OFFICER_STORAGE_KEY, JSON.stringify(Object.fromEntries(recent)));
      } catch {
        // Storage full or disabled: the name is kept until the pane closes.
      }
    },
  };
}

/** Kept in memory only: for tests, and where the page has no storage. */
export function memoryOfficerMemory(): OfficerMemory {
  const kept = new Map<string, string>();
  return {
    recall: (workbook) => kept.get(workbook),
    remember: (workbook, officer) => void kept.set(workbook, officer),
  };
}
