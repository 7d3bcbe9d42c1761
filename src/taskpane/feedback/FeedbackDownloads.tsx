import { Button, Caption1, Subtitle2, mergeClasses } from "@fluentui/react-components";
import type { FeedbackFile } from "../consolidate/protocol";
import { downloadFile } from "../consolidate/reportFile";
import { usePaneText } from "../paneText";
import { usePanelStyles } from "../components/panelStyles";

export interface FeedbackDownloadsProps {
  readonly files: readonly FeedbackFile[];
  /** Saves a file; the browser's download by default. */
  readonly download?: (bytes: Uint8Array, fileName: string) => void;
}

/** After a build: a feedback file to download per committee whose submission has issues. */
export function FeedbackDownloads({ files, download = downloadFile }: FeedbackDownloadsProps) {
  const { t } = usePaneText();
  const panel = usePanelStyles();
  return (
    <section className={mergeClasses(panel.section, panel.separated)} aria-labelledby="feedback-files" data-testid="feedback-files">
      <Subtitle2 as="h2" id="feedback-files">
        {t.feedbackFilesHeading}
      </Subtitle2>
      <Caption1 className={panel.hint}>{t.feedbackFilesHint}</Caption1>
      <div className={panel.row}>
        {files.map((f) => (
          <Button key={f.fileName} data-file={f.fileName} onClick={() => download(f.bytes, f.fileName)}>
            {t.feedbackDownload(f.committee, f.items)}
          </Button>
        ))}
      </div>
    </section>
  );
}
