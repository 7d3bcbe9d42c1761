import {
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { usePaneText } from "../paneText";
import { useEffect, useRef } from "react";
import { REPORT_STATUS_COLOURS, REPORT_STATUS_LABELS } from "../../domain/consolidation/reportStatus";
import { REPORT_STATUSES } from "../../domain/consolidation/tallies";
import type { SubmissionSummary } from "../../domain/consolidation/types";
import { pick, type Lang } from "../../domain/text/lang";
import { formatQuarter } from "../../domain/periods/periods";
import { asciiToKhmerDigits } from "../../domain/text/normalise";
import type { ReportDestinations } from "../consolidate/destinations";
import type { BuiltReport } from "../consolidate/protocol";
import type { InsertState, OpenState } from "../consolidate/state";
import { FeedbackDownloads } from "../feedback/FeedbackDownloads";
import { FailureBar } from "./FailureBar";
import { ReportActions } from "./ReportActions";
import { usePanelStyles } from "./panelStyles";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  files: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  file: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorPaletteGreenBorder2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: "anywhere",
  },
  rejected: { borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}` },
  fileName: { fontWeight: tokens.fontWeightSemibold },
  table: { borderCollapse: "collapse", width: "100%" },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: "start" },
  count: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  swatch: {
    display: "inline-block",
    width: "10px",
    height: "10px",
    marginInlineEnd: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

/** A count as the pane's language writes it (Khmer digits in Khmer, as its sentences do). */
const figure = (n: number, lang: Lang) => (lang === "km" ? asciiToKhmerDigits(String(n)) : String(n));

export interface ConsolidationResultProps {
  readonly report: BuiltReport;
  readonly elapsedMs: number;
  readonly insert: InsertState;
  readonly open: OpenState;
  readonly destinations: ReportDestinations;
  /** Another Excel action is running: no insert or open meanwhile. */
  readonly excelBusy: boolean;
  readonly onDownload: () => void;
  readonly onInsert: () => void;
  readonly onDismissInsertFailure: () => void;
  readonly onOpen: () => void;
  /** Opens another file of the build (a committee's feedback) as a new workbook. */
  readonly onOpenFile: (bytes: Uint8Array) => void;
  readonly onDismissOpenFailure: () => void;
}

/** The build's outcome: what was made of each file, the measures by status, and where the report can go. */
export function ConsolidationResult(props: ConsolidationResultProps) {
  const { t, lang } = usePaneText();
  const { report, insert } = props;
  const { outcome } = report;
  const styles = useStyles();
  const panel = usePanelStyles();
  const bar = useRef<HTMLDivElement>(null);
  const quarter = formatQuarter(outcome.quarter, lang);
  const rejected = outcome.submissions.length - outcome.accepted;
  useEffect(() => {
    bar.current?.scrollIntoView({ block: "nearest" });
  }, [report]);

  return (
    <div className={panel.section} data-testid="consolidation-result" data-elapsed-ms={props.elapsedMs}>
      <MessageBar ref={bar} intent={!report.bytes ? "error" : rejected > 0 ? "warning" : "success"} layout="multiline" politeness="polite">
        <MessageBarBody className={styles.body}>
          <MessageBarTitle>{report.bytes ? t.builtTitle(quarter) : t.noReportTitle}</MessageBarTitle>
          {!report.bytes && <span>{t.noReport(quarter)}</span>}
          <span data-testid="consolidation-summary">
            {[
              t.filesAccepted(outcome.accepted, outcome.submissions.length),
              ...(outcome.previous.length > 0 ? [t.comparedWith(outcome.previousAccepted)] : []),
              t.measuresCount(outcome.measures),
              t.dataIssues(outcome.issues.errors, outcome.issues.warnings),
            ].join(" · ")}
          </span>
        </MessageBarBody>
      </MessageBar>

      {report.bytes && (
        <ReportActions
          destinations={props.destinations}
          insert={insert}
          open={props.open}
          excelBusy={props.excelBusy}
          onDownload={props.onDownload}
          onInsert={props.onInsert}
          onOpen={props.onOpen}
          onDismissOpenFailure={props.onDismissOpenFailure}
        />
      )}
      {report.feedback && (
        <FeedbackDownloads files={report.feedback} {...(!props.destinations.download && props.destinations.open ? { open: props.onOpenFile } : {})} />
      )}
      {insert.step === "failed" && <FailureBar failure={insert.failure} onDismiss={props.onDismissInsertFailure} />}
      {insert.step === "inserted" && props.destinations.insert === "available" && (
        <MessageBar intent="success" layout="multiline" data-testid="insert-result">
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>{t.insertedTitle}</MessageBarTitle>
            <span>{t.inserted(insert.result.sheets.length, insert.result.charts)}</span>
            {insert.result.replaced && <span>{t.insertedReplaced}</span>}
          </MessageBarBody>
        </MessageBar>
      )}

      <FileSection id="consolidate-files" heading={t.filesHeading} lines={outcome.submissions} testId="file-list" />
      {outcome.previous.length > 0 && (
        <FileSection id="consolidate-previous-files" heading={t.previousFilesHeading} lines={outcome.previous} testId="previous-file-list" />
      )}

      {report.bytes && (
        <section className={panel.section} aria-labelledby="consolidate-status">
          <Subtitle2 as="h2" id="consolidate-status">
            {t.byStatusHeading}
          </Subtitle2>
          <table className={styles.table} aria-labelledby="consolidate-status" data-testid="status-table">
            <tbody>
              {REPORT_STATUSES.map((status) => (
                <tr key={status} data-status={status}>
                  <th scope="row" className={styles.cell}>
                    <span className={styles.swatch} style={{ backgroundColor: `#${REPORT_STATUS_COLOURS[status]}` }} aria-hidden="true" />
                    {pick(REPORT_STATUS_LABELS[status], lang)}
                  </th>
                  <td className={mergeClasses(styles.cell, styles.count)} data-count={outcome.byStatus[status]}>
                    {figure(outcome.byStatus[status], lang)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}

interface FileSectionProps {
  readonly id: string;
  readonly heading: string;
  readonly lines: readonly SubmissionSummary[];
  readonly testId: string;
}

/** A heading and what became of each file under it, accepted or rejected with the reason. */
function FileSection({ id, heading, lines, testId }: FileSectionProps) {
  const styles = useStyles();
  const panel = usePanelStyles();
  return (
    <section className={panel.section} aria-labelledby={id}>
      <Subtitle2 as="h2" id={id}>
        {heading}
      </Subtitle2>
      <ul className={styles.files} aria-labelledby={id} data-testid={testId}>
        {lines.map((line, i) => (
          <FileLine key={`${line.file}#${i}`} line={line} />
        ))}
      </ul>
    </section>
  );
}

function FileLine({ line }: { readonly line: SubmissionSummary }) {
  const { t, lang } = usePaneText();
  const styles = useStyles();
  const accepted = line.status === "accepted";
  const details = [accepted ? t.fileAccepted : line.supersededBy ? t.fileSuperseded : t.fileRejected, line.committee, line.rows > 0 ? t.fileRows(line.rows) : undefined].filter(Boolean);
  return (
    <li className={mergeClasses(styles.file, !accepted && styles.rejected)} data-status={line.status} data-file={line.file}>
      <span className={styles.fileName}>{line.file}</span>
      <Caption1>{details.join(" · ")}</Caption1>
      {line.reason && <Caption1 data-testid="file-reason">{pick(line.reason, lang)}</Caption1>}
    </li>
  );
}
