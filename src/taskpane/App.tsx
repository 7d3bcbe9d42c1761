import { Body1, Caption1, Divider, FluentProvider, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Lang } from "../domain/ids";
import type { WorkbookInfo } from "../excel/workbookInfo";
import { ErrorBar } from "./components/ErrorBar";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { StatusLine } from "./components/StatusLine";
import { describeError, statusText, type PaneHost, type WorkbookState } from "./status";
import { STRINGS } from "./strings";
import { languageTheme } from "./theme";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    boxSizing: "border-box",
    maxWidth: "640px",
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  council: { color: tokens.colorNeutralForeground3 },
});

export interface AppProps {
  readonly host: PaneHost;
  /** Set when Office itself failed to start. */
  readonly startupError?: string;
  readonly readWorkbookInfo: () => Promise<WorkbookInfo>;
  readonly initialLang?: Lang;
}

export function App({ host, startupError, readWorkbookInfo, initialLang = "en" }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [workbook, setWorkbook] = useState<WorkbookState>({ state: "idle" });
  const [error, setError] = useState<string | undefined>(startupError);
  const t = STRINGS[lang];

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.title;
  }, [lang, t]);

  useEffect(() => setError(startupError), [startupError]);

  useEffect(() => {
    if (host.kind !== "excel") return;
    let current = true;
    setWorkbook({ state: "loading" });
    readWorkbookInfo().then(
      (info) => current && setWorkbook({ state: "loaded", info }),
      (failure: unknown) => {
        if (!current) return;
        setWorkbook({ state: "failed" });
        setError(describeError(failure));
      },
    );
    return () => {
      current = false;
    };
  }, [host.kind, readWorkbookInfo]);

  return (
    <FluentProvider theme={languageTheme(lang)} lang={lang}>
      <main className={styles.root}>
        <header className={styles.header}>
          <Title3 as="h1">{t.title}</Title3>
          <Caption1 className={styles.council}>{t.council}</Caption1>
        </header>
        {error !== undefined && (
          <ErrorBar
            title={t.errorTitle}
            message={error}
            dismissLabel={t.dismiss}
            onDismiss={() => setError(undefined)}
          />
        )}
        <Body1>{t.purpose}</Body1>
        <LanguageSwitch lang={lang} label={t.languageLabel} onChange={setLang} />
        <Divider />
        <StatusLine label={t.statusLabel} text={statusText(host, workbook, t)} />
      </main>
    </FluentProvider>
  );
}
