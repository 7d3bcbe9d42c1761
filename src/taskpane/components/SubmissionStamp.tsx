import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { SubmissionStamp as Stamp } from "../../excel/prepareSubmission";
import { usePaneText } from "../paneText";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  list: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, minWidth: 0 },
  checksum: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

/** "2026-10-03T08:30:00.000Z" → "2026-10-03 08:30 UTC": the stamp as stored, without seconds. */
export function stampTime(iso: string): string {
  return /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(iso) ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : iso;
}

export interface SubmissionStampProps {
  readonly stamp: Stamp;
}

/** The stamp just written to the workbook, and what to do next. */
export function SubmissionStamp({ stamp }: SubmissionStampProps) {
  const { t } = usePaneText();
  const styles = useStyles();
  return (
    <MessageBar intent="success" layout="multiline" data-testid="submission-stamp">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{t.stampTitle}</MessageBarTitle>
        <dl className={styles.list}>
          <dt className={styles.term}>{t.stampTime}</dt>
          <dd className={styles.value} data-testid="stamp-time">
            {stampTime(stamp.submittedAt)}
          </dd>
          <dt className={styles.term}>{t.stampOfficer}</dt>
          <dd className={styles.value} data-testid="stamp-officer">
            {stamp.submittedBy}
          </dd>
          <dt className={styles.term}>{t.stampChecksum}</dt>
          <dd className={`${styles.value} ${styles.checksum}`} data-testid="stamp-checksum">
            {stamp.contentChecksum}
          </dd>
        </dl>
        <strong>{t.saveAndSend}</strong>
      </MessageBarBody>
    </MessageBar>
  );
}
