import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { Catalogue } from "../../domain/catalogue/catalogue";
import { shortHash } from "../../domain/catalogue/catalogueBuild";
import { usePaneText } from "../paneText";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, minWidth: 0, overflowWrap: "anywhere" },
  hash: { fontFamily: tokens.fontFamilyMonospace },
});

export interface CatalogueInfoProps {
  readonly catalogue: Catalogue;
  readonly imported: boolean;
}

/** Which catalogue the pane uses, and plainly whether its titles are official or working titles. */
export function CatalogueInfo({ catalogue, imported }: CatalogueInfoProps) {
  const { t } = usePaneText();
  const styles = useStyles();
  const working = catalogue.measures.filter((m) => m.provenance === "working-title").length;
  return (
    <>
      <dl className={styles.list} data-testid="catalogue-info">
        <dt className={styles.term}>{t.versionLabel}</dt>
        <dd className={styles.value} data-testid="catalogue-version">
          {catalogue.version}
        </dd>
        <dt className={styles.term}>{t.hashLabel}</dt>
        <dd className={`${styles.value} ${styles.hash}`} title={catalogue.hash} data-testid="catalogue-hash">
          {shortHash(catalogue.hash)}
        </dd>
        <dt className={styles.term}>{t.measuresLabel}</dt>
        <dd className={styles.value}>{catalogue.measures.length}</dd>
        <dt className={styles.term}>{t.sourceLabel}</dt>
        <dd className={styles.value}>{imported ? t.importedSource : t.bundledSource}</dd>
        {catalogue.source && (
          <>
            <dt className={styles.term} aria-hidden="true" />
            <dd className={styles.value}>{catalogue.source}</dd>
          </>
        )}
      </dl>
      {working > 0 ? (
        <MessageBar intent="warning" layout="multiline" data-testid="provenance">
          <MessageBarBody>
            <MessageBarTitle>{t.workingTitlesTitle}</MessageBarTitle>
            {t.workingTitles}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="info" layout="multiline" data-testid="provenance">
          <MessageBarBody>{t.officialTitles}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
