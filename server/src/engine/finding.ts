import type { OffsetEdit, Range } from '../document/source-range';
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
  /** Other places that explain the finding (the Deployment a Service fails to select), often in another file. */
  related?: RelatedLocation[];
}

/** Positions are settled when the finding is made, while the other file's text is at hand. */
export interface RelatedLocation {
  uri: string;
  range: Range;
  message: string;
}
