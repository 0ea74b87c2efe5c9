import rule from '../../../server/src/rules/kubernetes/metrics-port-scrapable';
import { runRuleTests } from '../../helpers/rule-tester';

const withServiceMonitor = `
apiVersion: apps/v1
kind: Deployment
metadata: { name: api }
spec:
  template:
    metadata:
      labels: { app: api }
    spec:
      containers:
        - name: api
          image: api:1.4.2
          ports: [{ name: metrics, containerPort: 9090 }]
---
apiVersion: v1
kind: Service
metadata: { name: api, labels: { app: api } }
spec:
  selector: { app: api }
  ports: [{ name: metrics, port: 9090 }]
---
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata: { name: api }
spec:
  selector: { matchLabels: { app: api } }
  endpoints: [{ port: metrics }]
`;

const unrelatedMonitor = `
apiVersion: v1
kind: Service
metadata: { name: web, labels: { app: web } }
spec:
  selector: { app: web }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: api }
spec:
  template:
    metadata:
      labels: { app: api }
    spec:
      containers:
        - name: api
          image: api:1.4.2
          ports: [{ name: http-metrics, containerPort: 8081 }]
---
apiVersion: monitoring.coreos.com/v1
kind: PodMonitor
metadata: { name: web }
spec:
  selector: { matchExpressions: [{ key: app, operator: In, values: [web] }] }
---
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web } }
`;

runRuleTests(rule, {
  valid: [
    `
    apiVersion: apps/v1
    kind: Deployment
    metadata: { name: api }
    spec:
      template:
        metadata:
          annotations: { prometheus.io/scrape: "true", prometheus.io/port: "9090" }
        spec:
          containers:
            - name: api
              image: api:1.4.2
              ports: [{ name: metrics, containerPort: 9090 }, { name: http, containerPort: 8080 }]
    `,
    // A ServiceMonitor of the same file selects the Service in front of the pods.
    { code: withServiceMonitor, files: { 'manifest.yaml': withServiceMonitor } },
    // A Service carrying the scrape annotation (the kubernetes-service-endpoints job).
    `
    apiVersion: v1
    kind: List
    items:
      - apiVersion: v1
        kind: Service
        metadata: { name: exporter, annotations: { prometheus.io/scrape: "true" } }
        spec:
          selector: { app: exporter }
      - apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: node-exporter }
        spec:
          template:
            metadata: { labels: { app: exporter, tier: monitoring } }
            spec:
              containers: [{ name: exporter, image: prom/node-exporter:v1.8.1, ports: [{ containerPort: 9100 }] }]
    `,
    // A ServiceMonitor whose Service is kept in another file may be the one scraping these pods.
    `
    apiVersion: v1
    kind: List
    items:
      - apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: { name: vllm }
        spec:
          selector: { matchLabels: { app: gemma-server } }
          endpoints: [{ port: http, path: /metrics }]
      - apiVersion: apps/v1
        kind: Deployment
        metadata: { name: vllm }
        spec:
          template:
            metadata: { labels: { app: gemma-server } }
            spec:
              containers: [{ name: server, image: vllm/vllm-openai:v0.6.3, ports: [{ name: metrics, containerPort: 8000 }] }]
    `,
    // Jobs finish before a scrape comes round; ports that are not metrics ports.
    `
    apiVersion: batch/v1
    kind: Job
    metadata: { name: migrate }
    spec:
      template:
        spec:
          containers: [{ name: migrate, image: migrate:1.0.0, ports: [{ name: metrics, containerPort: 9090 }] }]
    `,
    `
    apiVersion: apps/v1
    kind: Deployment
    metadata: { name: web }
    spec:
      template:
        spec:
          containers:
            - name: web
              image: web:1.0.0
              ports: [{ name: http, containerPort: 9090 }, { name: metricsx, containerPort: 80 }, 5, { name: [metrics] }]
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: api }
      spec:
        template:
          metadata:
            labels: { app: api }
          spec:
            containers:
              - name: api
                image: api:1.4.2
                ports:
                  - name: http
                    containerPort: 8080
                  - name: «metrics»
                    containerPort: 9090
      `,
      errors: [{ messageId: 'unscraped', data: { port: '"metrics"', container: 'api' } }],
      suggestions: [
        `
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: api }
        spec:
          template:
            metadata:
              labels: { app: api }
              annotations:
                prometheus.io/scrape: "true"
                prometheus.io/port: "9090"
            spec:
              containers:
                - name: api
                  image: api:1.4.2
                  ports:
                    - name: http
                      containerPort: 8080
                    - name: metrics
                      containerPort: 9090
        `,
      ],
    },
    {
      // Second document; the monitors of the file select other workloads.
      code: unrelatedMonitor.replace('ports: [{ name: http-metrics', 'ports: [{ name: «http-metrics»'),
      files: { 'manifest.yaml': unrelatedMonitor },
      errors: [{ messageId: 'unscraped', data: { port: '"http-metrics"', container: 'api' } }],
      suggestions: [
        unrelatedMonitor.replace('labels: { app: api }\n', 'labels: { app: api }\n      annotations:\n        prometheus.io/scrape: "true"\n        prometheus.io/port: "8081"\n'),
      ],
    },
    {
      // A well-known exporter port, unnamed; flow annotations grow in place.
      code: `
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: { name: db }
      spec:
        template:
          metadata:
            annotations: { backup: daily }
          spec:
            containers:
              - { name: postgres, image: "postgres:16.3", ports: [{ containerPort: 5432 }] }
              - { name: exporter, image: "quay.io/prometheuscommunity/postgres-exporter:v0.15.0", ports: [{ containerPort: «9187» }] }
      `,
      errors: [{ messageId: 'unscraped', data: { port: '9187', container: 'exporter' } }],
      suggestions: [
        `
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: { name: db }
        spec:
          template:
            metadata:
              annotations: { backup: daily, prometheus.io/scrape: "true", prometheus.io/port: "9187" }
            spec:
              containers:
                - { name: postgres, image: "postgres:16.3", ports: [{ containerPort: 5432 }] }
                - { name: exporter, image: "quay.io/prometheuscommunity/postgres-exporter:v0.15.0", ports: [{ containerPort: 9187 }] }
        `,
      ],
    },
    {
      code: `
      {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": { "name": "worker", "labels": { "app": "worker" } },
        "spec": { "containers": [{ "name": "worker", "image": "worker:2.0.0", "ports": [{ "name": «"prometheus"», "containerPort": 8000 }] }] }
      }
      `,
      errors: [{ messageId: 'unscraped', data: { port: '"prometheus"', container: 'worker' } }],
      suggestions: [
        `
        {
          "apiVersion": "v1",
          "kind": "Pod",
          "metadata": { "name": "worker", "labels": { "app": "worker" }, "annotations": {"prometheus.io/scrape":"true","prometheus.io/port":"8000"} },
          "spec": { "containers": [{ "name": "worker", "image": "worker:2.0.0", "ports": [{ "name": "prometheus", "containerPort": 8000 }] }] }
        }
        `,
      ],
    },
  ],
});
