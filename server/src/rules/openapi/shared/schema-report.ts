import type { RelatedNode, Report } from '../../../engine/rule';
import type { AcceptedSchema } from '../../../views/openapi';
import type { RefResolver } from '../../../views/openapi-resolve';
import type { SchemaSite } from '../../../views/openapi-schemas';
import { opLabel } from './owasp';
import { SchemaUsers } from './schema-users';

/** A shared schema names at most this many of the operations that use it. */
const MAX_USERS = 3;

interface Pending<M extends string> {
  readonly report: Report<M>;
  readonly site: SchemaSite;
  readonly problem: string;
}

/**
 * Findings about walked schemas, placed once the walk is over:
 * - in the document under analysis, where the schema is written, unchanged;
 * - in another file, at the `$ref` that leads there (the engine reports only in the file under
 *   analysis), with a related location at the exact node and `problem` saying what is wrong
 *   there; fixes are dropped since they would have to edit the other file. Findings that end
 *   up at the same `$ref` with the same message become one, with every related location;
 * - inside a reusable schema, with related locations at up to three operations that use it
 *   (through the `starts` the rule walked from, so a request rule names requests).
 */
export class SchemaFindings<M extends string> {
  private readonly pending: Pending<M>[] = [];
  private readonly users: SchemaUsers;

  constructor(private readonly refs: RefResolver, starts: () => readonly AcceptedSchema[]) {
    this.users = new SchemaUsers(refs.home.root, starts);
  }

  add(report: Report<M>, site: SchemaSite, problem: string): void {
    this.pending.push({ report, site, problem });
  }

  get size(): number {
    return this.pending.length;
  }

  /**
   * The placed reports, in the order they were found; `usedBy: false` when they are about to be
   * summarised anyway (finding the users of a shared schema is the costly part).
   */
  reports(usedBy = true): Report<M>[] {
    const out: Array<{ report: Report<M>; there: RelatedNode[] }> = [];
    const atRef = new Map<string, RelatedNode[]>();
    for (const { report, site, problem } of this.pending) {
      if (!site.via) {
        out.push({ report, there: [] });
        continue;
      }
      const file = site.source.file();
      const there: RelatedNode[] = file ? [{ file, document: site.source.document, node: report.node, message: problem }] : [];
      const key = `${site.via.start}:${site.via.end}\u0000${report.messageId}\u0000${JSON.stringify(report.data ?? {})}`;
      const earlier = atRef.get(key);
      if (earlier) {
        earlier.push(...there);
        continue;
      }
      atRef.set(key, there);
      out.push({ report: { node: site.via, messageId: report.messageId, ...(report.data ? { data: report.data } : {}) }, there });
    }
    return out.map(({ report, there }) => {
      const related = usedBy ? [...there, ...this.usedBy(report)] : there;
      return related.length ? { ...report, related } : report;
    });
  }

  /** "used by GET /pets" at the operations that use the reusable schema holding the report. */
  private usedBy(report: Report<M>): RelatedNode[] {
    const at = 'key' in report.node ? report.node.key.start : report.node.start;
    const component = this.users.componentAt(at);
    if (!component) return [];
    const file = this.refs.home.file();
    if (!file) return [];
    const document = this.refs.home.document;
    return this.users.operationsUsing(component, MAX_USERS).map((op) => ({ file, document, node: op.methodPair, message: `used by ${opLabel(op)}` }));
  }
}
