import { AUDIT_SHEET } from "../statusSheet/auditLog";
import { contentChecksum } from "../statusSheet/contentChecksum";
import { problem, type Problem } from "./problems";
import type { SubmissionInput } from "./submissionCheck";

/**
 * A stamped file whose entries or change log no longer give the stamped checksum: edited after
 * Prepare submission, outside the add-in (by hand on the log, or by typing after the stamp).
 */
export function stampProblem(input: Pick<SubmissionInput, "file" | "meta" | "hasMeta" | "rows" | "auditLog">): Problem | undefined {
  const stamped = input.meta.contentChecksum ?? "";
  if (!input.hasMeta || stamped === "" || !input.auditLog) return undefined;
  if (contentChecksum(input.rows, input.auditLog.rows) === stamped) return undefined;
  return problem(
    "meta.checksum",
    {
      en: `The entries or the change log (sheet ${AUDIT_SHEET}) were changed after the submission was stamped: the checksum no longer matches. Prepare the submission again in the add-in.`,
      km: `ព័ត៌មាន ឬកំណត់ត្រាការកែប្រែ (សន្លឹក ${AUDIT_SHEET}) ត្រូវបានកែប្រែក្រោយពេលបោះត្រាការដាក់ជូន៖ លេខផ្ទៀងផ្ទាត់លែងត្រូវគ្នា។ សូមរៀបចំការដាក់ជូនម្តងទៀតក្នុងកម្មវិធីបន្ថែម។`,
    },
    { file: input.file, ...(input.auditLog.present ? { sheet: AUDIT_SHEET } : {}) },
  );
}
