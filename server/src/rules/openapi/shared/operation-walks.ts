import { bool, get, type Node } from '../../../document/tree';
import { acceptedSchemas, operationsOf, versionOf, type AcceptedSchema } from '../../../views/openapi';
import { keptWhileHome, type RefResolver } from '../../../views/openapi-resolve';
import { walkSchemaChannels } from '../../../views/openapi-schemas';
import { feedsNumbers, limitChannels, limitMask, type InputLimits } from './input-limits';
import { returnedSchemas } from './owasp';
import { collector, type SchemaReach } from './schema-reach';

/**
 * One pass over the schemas the operations accept and return, for every OpenAPI rule that walks
 * them: the three limit channels (what parameters and bodies accept) and the four of
 * schema-reach (what bodies send, what responses return). Request bodies are walked once for
 * both; each channel still sees exactly what its own walk would.
 */
interface OperationWalks {
  readonly limits: InputLimits;
  readonly reach: SchemaReach;
}

const known = new WeakMap<Node, OperationWalks>();

/** The unbounded strings, numbers and arrays of what the document's operations accept, each in walk order. */
export function inputLimits(refs: RefResolver): InputLimits {
  return operationWalks(refs).limits;
}

/** What request bodies and responses reach. */
export function schemaReach(refs: RefResolver): SchemaReach {
  return operationWalks(refs).reach;
}

/** Kept per document while the pass stays in it (see `keptWhileHome`). */
function operationWalks(refs: RefResolver): OperationWalks {
  return keptWhileHome(refs, known, () => walkOperations(refs));
}

// Channel bits: the limit channels first, in limitMask's order, then schema-reach's.
const SENT = 1 << 3;
const REQUESTS = 1 << 4;
const RETURNED = 1 << 5;
const RESPONSES = 1 << 6;

function walkOperations(refs: RefResolver): OperationWalks {
  const root = refs.home.root;
  const version = versionOf(root);
  const operations = operationsOf(root);
  // What each operation accepts (parameters, then its body), then what every operation returns.
  const accepted: AcceptedSchema[] = [];
  const masks: number[] = [];
  const requestStarts: AcceptedSchema[] = [];
  const requestIndex: number[] = [];
  for (const op of operations) {
    for (const s of acceptedSchemas(refs, op, version)) {
      let mask = limitMask(op.method, s);
      if (s.label === 'request body') {
        mask |= SENT | REQUESTS;
        requestIndex[accepted.length] = requestStarts.length;
        requestStarts.push(s);
      }
      accepted.push(s);
      masks.push(mask);
    }
  }
  const responseStarts = operations.flatMap((op) => returnedSchemas(refs, op, version));
  for (let i = 0; i < responseStarts.length; i++) masks.push(RETURNED | RESPONSES);
  const refSiblings = version === '3.1';
  const seen = new Map<Node, number>();
  const limits = limitChannels(refSiblings);
  const fromRequests = (start: number): number => requestIndex[start] as number;
  const fromResponses = (start: number): number => start - accepted.length;
  const sent = collector(refs, refSiblings, fromRequests, (s) => bool(get(s, 'readOnly')) === true);
  const requests = collector(refs, refSiblings, fromRequests, undefined, { seen, channel: 4 });
  const returned = collector(refs, refSiblings, fromResponses, (s) => bool(get(s, 'writeOnly')) === true);
  const responses = collector(refs, refSiblings, fromResponses, undefined, { seen, channel: 6 });
  walkSchemaChannels(refs, [...accepted, ...responseStarts], [...limits.channels, sent.walk, requests.walk, returned.walk, responses.walk], masks, seen);
  return {
    limits: { starts: accepted, numberStarts: accepted.filter((_, i) => feedsNumbers(masks[i] as number)), strings: limits.strings, numbers: limits.numbers, arrays: limits.arrays },
    reach: { requestStarts, responseStarts, sent: sent.reached(), requests: requests.reached(), returned: returned.reached(), responses: responses.reached() },
  };
}
