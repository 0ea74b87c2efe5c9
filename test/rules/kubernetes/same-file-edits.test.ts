import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFile } from '../../../server/src/document/parse';
import type { ParsedFile } from '../../../server/src/document/types';
import { createAnalyzer } from '../../../server/src/engine/analyzer';

// Rules that relate documents of one file keep per-document parts of their summaries (the
// autoscalers, exporters, policies, monitors, ServiceEntries of each document) while that
// document's tree is reused. After any edit, the findings must equal those of a fresh parse.

const analyzer = createAnalyzer(process.cwd());
const URI = 'file:///workspace/shop.yaml';

const documents: Record<string, string> = {
  checkout: `apiVersion: apps/v1
kind: Deployment
metadata: { name: checkout }
spec:
  replicas: 1
  template:
    metadata: { labels: { app: checkout } }
    spec:
      containers:
        - name: checkout
          image: checkout:2.1.0
          ports: [{ name: metrics, containerPort: 9090 }]
          env:
            - { name: OTEL_EXPORTER_OTLP_ENDPOINT, value: "http://otel-collector:4317" }
`,
  cart: `apiVersion: apps/v1
kind: Deployment
metadata: { name: cart }
spec:
  replicas: 1
  template:
    metadata: { labels: { app: cart } }
    spec:
      containers:
        - name: cart
          image: cart:1.3.0
          ports: [{ containerPort: 8080 }]
          envFrom: [{ configMapRef: { name: cart-env } }]
`,
  configMap: `apiVersion: v1
kind: ConfigMap
metadata: { name: cart-env }
data: { REDIS_ADDR: "redis:6379" }
`,
  hpa: `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: cart }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: cart }
  minReplicas: 2
  maxReplicas: 5
`,
  monitor: `apiVersion: monitoring.coreos.com/v1
kind: PodMonitor
metadata: { name: checkout }
spec:
  selector: { matchLabels: { app: checkout } }
`,
  allow: `apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: { name: cart-allow, namespace: shop }
spec:
  selector: { matchLabels: { app: cart } }
  action: ALLOW
  rules: [{ from: [{ source: { principals: ["cluster.local/ns/shop/sa/checkout"] } }] }]
`,
  denyAll: `apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: { name: allow-nothing, namespace: shop }
spec: {}
`,
  destinationRule: `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: { name: payments }
spec:
  host: payments.example.com
  trafficPolicy: { tls: { mode: DISABLE } }
`,
  serviceEntry: `apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: { name: payments }
spec:
  hosts: [payments.example.com]
  location: MESH_EXTERNAL
  resolution: DNS
`,
};

/** Each edit changes one document only, so the others keep their trees (and cached parts). */
const edits: Array<[string, string, string]> = [
  ['the exporter stops exporting', 'checkout', documents.checkout!.replace('OTEL_EXPORTER_OTLP_ENDPOINT', 'LOG_LEVEL')],
  ['the ConfigMap gains OTEL settings', 'configMap', documents.configMap!.replace('REDIS_ADDR', 'OTEL_SERVICE_NAME')],
  ['the autoscaler targets another Deployment', 'hpa', documents.hpa!.replace('name: cart }', 'name: checkout }')],
  ['the PodMonitor selects nothing here', 'monitor', documents.monitor!.replace('app: checkout', 'app: other')],
  ['the allow-nothing policy moves namespace', 'denyAll', documents.denyAll!.replace('namespace: shop', 'namespace: other')],
  ['the ServiceEntry declares another host', 'serviceEntry', documents.serviceEntry!.replace('[payments.example.com]', '[ledger.example.com]')],
  ['the checkout Deployment is removed', 'checkout', 'apiVersion: v1\nkind: Namespace\nmetadata: { name: shop }\n'],
];

function fileOf(docs: Record<string, string>): string {
  return Object.values(docs).join('---\n');
}

function findings(file: ParsedFile): string[] {
  return analyzer.analyze(file).map((f) => `${f.ruleId} ${f.start}-${f.end} ${f.message}`);
}

describe('same-file summaries after an edit', () => {
  for (const [label, name, replacement] of edits) {
    it(`${label}: the findings equal those of a fresh parse`, () => {
      const before = parseFile(URI, fileOf(documents), 'yaml');
      const baseline = findings(before);
      const edited = fileOf({ ...documents, [name]: replacement });
      const incremental = parseFile(URI, edited, 'yaml', before);
      const reused = incremental.documents.filter((d) => before.documents.some((b) => b.root === d.root)).length;
      assert.equal(reused, incremental.documents.length - 1, 'every other document keeps its tree');
      const after = findings(incremental);
      assert.deepEqual(after, findings(parseFile(URI, edited, 'yaml')));
      assert.notDeepEqual(after, baseline, 'the edit changes what the same-file rules say');
    });
  }
});
