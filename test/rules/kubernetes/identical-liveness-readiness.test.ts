import rule from '../../../server/src/rules/kubernetes/identical-liveness-readiness';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    // The same endpoint with a more tolerant liveness probe is the documented pattern.
    `
    apiVersion: apps/v1
    kind: Deployment
    metadata: { name: api }
    spec:
      template:
        spec:
          containers:
            - name: api
              image: api:1.4.2
              readinessProbe:
                httpGet: { path: /healthz, port: 8080 }
              livenessProbe:
                httpGet: { path: /healthz, port: 8080 }
                failureThreshold: 6
    `,
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: p }
    spec:
      containers:
        - name: a
          image: a:1.0.0
          readinessProbe: { httpGet: { path: /ready, port: 8080 } }
          livenessProbe: { httpGet: { path: /live, port: 8080 } }
        - name: b
          image: b:1.0.0
          readinessProbe: { tcpSocket: { port: 5432 } }
          livenessProbe: { exec: { command: [pg_isready] } }
        - name: c
          image: c:1.0.0
          livenessProbe: { tcpSocket: { port: 80 } }
        - name: d
          image: d:1.0.0
          readinessProbe: "x"
          livenessProbe: "x"
        - name: e
          image: e:1.0.0
          readinessProbe: {}
          livenessProbe: {}
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
          spec:
            containers:
              - name: api
                image: api:1.4.2
                readinessProbe:
                  httpGet: { path: /healthz, port: http }
                  periodSeconds: 10
                «livenessProbe»:
                  httpGet: { port: http, path: /healthz }
                  failureThreshold: 3
      `,
      errors: [{ messageId: 'identical', data: { name: 'api' } }],
    },
    {
      // Second document; "9555" and 9555 are the same port; key order does not matter.
      code: `
      apiVersion: v1
      kind: Service
      metadata: { name: ads }
      ---
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: { name: ads }
      spec:
        template:
          spec:
            containers:
              - name: server
                image: ads:1.0.0
                «livenessProbe»:
                  initialDelaySeconds: 20
                  periodSeconds: 15
                  grpc: { port: 9555 }
                readinessProbe:
                  grpc: { port: "9555" }
                  periodSeconds: 15
                  initialDelaySeconds: 20
      `,
      errors: [{ messageId: 'identical', data: { name: 'server' } }],
    },
    {
      code: `
      {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": { "name": "p" },
        "spec": {
          "containers": [{
            "name": "redis",
            "image": "redis:7.2.4",
            «"livenessProbe"»: { "tcpSocket": { "port": 6379 }, "periodSeconds": 5 },
            "readinessProbe": { "tcpSocket": { "port": 6379 }, "periodSeconds": 5 }
          }]
        }
      }
      `,
      errors: [{ messageId: 'identical', data: { name: 'redis' } }],
    },
  ],
});
