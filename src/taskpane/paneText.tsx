import { createContext, useContext, type ReactNode } from "react";
import type { Lang } from "../domain/text/lang";
import { STRINGS, type PaneStrings } from "./strings";

/** The pane's language and its strings, for every component below the App: never passed prop by prop. */
export interface PaneText {
  readonly lang: Lang;
  readonly t: PaneStrings;
}

const PaneTextContext = createContext<PaneText>({ lang: "en", t: STRINGS.en });

export function PaneTextProvider({ lang, children }: { readonly lang: Lang; readonly children: ReactNode }) {
  return <PaneTextContext.Provider value={{ lang, t: STRINGS[lang] }}>{children}</PaneTextContext.Provider>;
}

export function usePaneText(): PaneText {
  return useContext(PaneTextContext);
}
