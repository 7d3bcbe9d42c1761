import { Button, Caption1, Subtitle2, mergeClasses } from "@fluentui/react-components";
import type { FeedbackFile } from "../consolidate/protocol";
import { downloadFile } from "../consolidate/reportFile";
import { usePaneText } from "../paneText";
import { FEEDBACK_STRINGS } from "./feedbackStrings";
import { REPORT_SAVING_STRINGS } from "../reportSavingStrings";
import { usePanelStyles } from "../components/panelStyles";

export interface FeedbackDownloadsProps {
  readonly files: readonly FeedbackFile[];
  /** Saves a file; the browser's download by default. */
  readonly download?: (bytes: Uint8Array, fileName: string) => void;
  /** Where a download does nothing (Excel on Mac, iPad): each file opens as a new workbook instead. */
  readonly open?: (bytes: Uint8Array) => void;
}

/** After a build: a feedback file to download per committee whose submission has issues. */
export function FeedbackDownloads({ files, download = downloadFile, open }: FeedbackDownloadsProps) {
  const { lang } = usePaneText();
  const words = FEEDBACK_STRINGS[lang];
  const panel = usePanelStyles();
  return (
    <section className={mergeClasses(panel.section, panel.separated)} aria-labelledby="feedback-files" data-testid="feedback-files">
      <Subtitle2 as="h2" id="feedback-files">
        {words.feedbackFilesHeading}
      </Subtitle2>
      <Caption1 className={panel.hint}>{words.feedbackFilesHint}</Caption1>
      <div className={panel.row}>
        {files.map((f) => (
          <Button key={f.fileName} data-file={f.fileName} onClick={() => (open ? open(f.bytes) : download(f.bytes, f.fileName))}>
            {open ? REPORT_SAVING_STRINGS[lang].feedbackOpen(f.committee, f.items) : words.feedbackDownload(f.committee, f.items)}
          </Button>
        ))}
      </div>
    </section>
  );
}
