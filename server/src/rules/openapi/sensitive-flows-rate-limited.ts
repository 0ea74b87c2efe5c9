import { getMap, getStr, pairOf } from '../../document/tree';
import { defineRule, type FixOffer, type Report } from '../../engine/rule';
import { operationsOf, versionOf, type OperationView } from '../../views/openapi';
import { compact, documentsStatus, opLabel, reportOrSummarize, sharedResponseRef, summarizeAbove, tooManyRequests, words } from './shared/owasp';

/** Flows attackers automate: credential stuffing, fake sign-ups, OTP guessing, card testing, scalping. */
const FLOW_SEGMENTS = new Map([['login', 'sign-in'], ['signin', 'sign-in'], ['logon', 'sign-in'], ['signup', 'sign-up'], ['register', 'sign-up'], ['registration', 'sign-up'], ['forgotpassword', 'password reset'], ['resetpassword', 'password reset'], ['passwordreset', 'password reset']]);
const FLOW_WORDS = new Map([
  ['password', 'password'], ['otp', 'one-time code'], ['totp', 'one-time code'], ['mfa', 'multi-factor'], ['2fa', 'multi-factor'], ['verify', 'verification'], ['verification', 'verification'],
  ['checkout', 'checkout'], ['payment', 'payment'], ['payments', 'payment'], ['purchase', 'purchase'], ['purchases', 'purchase'],
  ['transfers', 'money transfer'], ['payouts', 'payout'], ['withdraw', 'withdrawal'], ['withdrawals', 'withdrawal'], ['redeem', 'redemption'],
]);
const WRITES = new Set(['post', 'put', 'patch']);
const OPERATION_ID_FLOWS = new Set(['login', 'signin', 'logon', 'signup', 'forgotpassword', 'resetpassword', 'passwordreset']);

/** Test-only endpoints (`/test_helpers/…`, `/sandbox/…`) are not a production flow. */
const TEST_SEGMENTS = new Set(['test', 'tests', 'testhelpers', 'sandbox', 'mock', 'mocks']);

/**
 * The flow an operation performs, read from the static segments after its last path parameter
 * (`/payment_intents` creates a payment, `/payment_intents/{id}/cancel` does not) and from the
 * sign-in vocabulary of its operationId (`userLogin`, `signIn`, `resetPassword`).
 */
function flowOf(op: OperationView): string | undefined {
  const segments = op.path.split('/').filter(Boolean);
  if (segments.some((s) => TEST_SEGMENTS.has(compact(s)))) return undefined;
  const lastParameter = segments.reduce((at, s, i) => (s.startsWith('{') ? i : at), -1);
  const trailing = segments.slice(lastParameter + 1);
  for (const name of trailing) {
    const whole = FLOW_SEGMENTS.get(compact(name));
    if (whole) return whole;
    for (const word of words(name)) if (FLOW_WORDS.has(word)) return FLOW_WORDS.get(word);
  }
  // In operationIds only the sign-in words count: `createRegistrationToken` registers nobody.
  const id = words(getStr(op.node, 'operationId') ?? '');
  for (let i = 0; i < id.length; i++) {
    const flow = [id[i] ?? '', `${id[i] ?? ''}${id[i + 1] ?? ''}`].find((w) => OPERATION_ID_FLOWS.has(w));
    if (flow) return FLOW_SEGMENTS.get(flow);
  }
  return undefined;
}

export default defineRule({
  id: 'openapi/sensitive-flows-rate-limited',
  appliesTo: 'openapi',
  messages: {
    missing: 'Operation {{operation}} is a {{flow}} flow but documents no 429 response, so nothing shows it is protected against automated abuse.',
    summary: 'Many sensitive operations such as sign-in, payment or transfer ({{count}}) document no 429 response, such as {{operation}}.',
  },
  fix: 'suggestion',
  check({ root, options, report }) {
    const version = versionOf(root);
    const ref = sharedResponseRef(root, '429');
    const found: Report<'missing' | 'summary'>[] = [];
    for (const op of operationsOf(root)) {
      const responses = getMap(op.node, 'responses');
      const flow = WRITES.has(op.method) ? flowOf(op) : undefined;
      if (flow === undefined || !responses || documentsStatus(responses, '429')) continue;
      const suggest: FixOffer[] = [
        ref
          ? { title: `Add the 429 response the other operations use (${ref})`, fix: (f) => f.insertPair(responses, '429', { $ref: ref }) }
          : { title: 'Document a 429 response with Retry-After', fix: (f) => f.insertPair(responses, '429', tooManyRequests(version)) },
      ];
      found.push({ node: op.methodPair, messageId: 'missing', data: { operation: opLabel(op), flow }, suggest });
    }
    const paths = pairOf(root, 'paths');
    reportOrSummarize(report, found, summarizeAbove(options), () => (paths ? { node: paths, messageId: 'summary', data: { count: found.length, operation: String(found[0]?.data?.['operation']) } } : undefined));
  },
});
