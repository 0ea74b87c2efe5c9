import type { OffsetEdit } from '../document/source-range';
import type { Severity } from './rule';

export interface FixProposal {
  title: string;
  /** Safe fixes are applied by "fix all"; suggestions only when the user picks them. */
  kind: 'safe' | 'suggestion';
  /** Offsets in the file (not the document). */
  edits: OffsetEdit[];
}

/** One problem found in a file, before it becomes an LSP diagnostic or a CLI line. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Offsets in the file. */
  start: number;
  end: number;
  fixes: FixProposal[];
}
