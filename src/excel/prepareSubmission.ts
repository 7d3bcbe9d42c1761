import type { Catalogue } from "../domain/catalogue/catalogue";
import { contentChecksum } from "../domain/statusSheet/contentChecksum";
import type { Problem } from "../domain/rules/problems";
import { attempt, type ExcelOutcome } from "./errors";
import { officeHost, runBatch, type ExcelHost } from "./host";
import { queueMetaValues } from "./metaWriter";
import { asOwnWrite } from "./ownWrites";
import { whileUnprotected } from "./sheetProtection";
import { readStatusTable } from "./tableReader";
import { queueRemark, verdictFor } from "./validateStatusTable";

export interface PrepareOptions {
  readonly catalogues: readonly Catalogue[];
  /** Who submits: stamped as submittedBy. */
  readonly officer: string;
  readonly host?: ExcelHost;
  /** The clock (tests pass a fixed one). */
  readonly now?: () => Date;
}

export interface SubmissionStamp {
  readonly submittedAt: string;
  readonly submittedBy: string;
  readonly contentChecksum: string;
}

export type PrepareResult =
  | {
      readonly submitted: false;
      readonly problems: readonly Problem[];
      readonly marked: number;
    }
  | {
      readonly submitted: true;
      readonly problems: readonly Problem[];
      readonly stamp: SubmissionStamp;
    };

/**
 * "Prepare my submission": checks the table; with errors left it refuses and marks them; when
 * clean it stamps the metadata (time, officer, checksum of the entries). Two syncs either way
 * (while the table fits one response: see tableReader).
 */
export async function prepareSubmission(options: PrepareOptions): Promise<ExcelOutcome<PrepareResult>> {
  const host = options.host ?? officeHost();
  const now = options.now ?? (() => new Date());
  return attempt(() =>
    asOwnWrite(() =>
      runBatch(host, async (context) => {
        const { data, sheet, metaSheet } = await readStatusTable(context, host, { scope: { kind: "body" } });
        const verdict = verdictFor(data, options);
        const marks = queueRemark(sheet, data, verdict.problems);
        if (!verdict.ready) {
          await context.sync();
          return {
            submitted: false as const,
            problems: verdict.problems,
            marked: marks.marked,
          };
        }
        const stamp: SubmissionStamp = {
          submittedAt: now().toISOString(),
          submittedBy: options.officer.trim(),
          contentChecksum: contentChecksum(data.rows),
        };
        whileUnprotected(metaSheet, data.metaProtected, () => queueMetaValues(metaSheet, data.metaRows, { ...stamp }));
        await context.sync();
        return { submitted: true as const, problems: verdict.problems, stamp };
      }),
    ),
  );
}
