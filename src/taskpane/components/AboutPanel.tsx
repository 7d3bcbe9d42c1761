import { Body1, Caption1, Subtitle2 } from "@fluentui/react-components";
import type { Catalogue } from "../../domain/catalogue/catalogue";
import type { CatalogueFileResult } from "../catalogueFile";
import type { PickedFile } from "../useTracker";
import { CatalogueImport } from "./CatalogueImport";
import { CatalogueInfo } from "./CatalogueInfo";
import { usePanelStyles } from "./panelStyles";
import { RuleList } from "./RuleList";
import { usePaneText } from "../paneText";

export interface AboutPanelProps {
  /** Undefined while the bundled catalogue loads. */
  readonly catalogue: Catalogue | undefined;
  readonly imported: boolean;
  readonly importDisabled: boolean;
  readonly importBusyLabel: string | undefined;
  readonly importResult: CatalogueFileResult | undefined;
  readonly importNotKept: boolean;
  readonly onImport: (file: PickedFile) => void;
  readonly onUseBundled: () => void;
}

export function AboutPanel(props: AboutPanelProps) {
  const { t } = usePaneText();
  const styles = usePanelStyles();
  return (
    <div className={styles.panel}>
      <section className={styles.section} aria-labelledby="about-product">
        <Subtitle2 as="h2" id="about-product">
          {t.aboutHeading}
        </Subtitle2>
        <Body1>{t.aboutText}</Body1>
      </section>
      <section className={styles.section} aria-labelledby="about-catalogue">
        <Subtitle2 as="h2" id="about-catalogue">
          {t.catalogueHeading}
        </Subtitle2>
        {props.catalogue && <CatalogueInfo catalogue={props.catalogue} imported={props.imported} />}
      </section>
      <section className={styles.section} aria-labelledby="about-import">
        <Subtitle2 as="h2" id="about-import">
          {t.importHeading}
        </Subtitle2>
        <CatalogueImport
          disabled={props.importDisabled}
          busyLabel={props.importBusyLabel}
          result={props.importResult}
          notKept={props.importNotKept}
          hasImported={props.imported}
          onImport={props.onImport}
          onUseBundled={props.onUseBundled}
        />
      </section>
      <section className={styles.section} aria-labelledby="about-rules">
        <Subtitle2 as="h2" id="about-rules">
          {t.rulesHeading}
        </Subtitle2>
        <Caption1 className={styles.hint}>{t.rulesHint}</Caption1>
        <RuleList />
      </section>
    </div>
  );
}
