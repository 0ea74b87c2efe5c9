import rule from '../../../server/src/rules/kubernetes/startup-probe-for-slow-start';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
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
              livenessProbe:
                httpGet: { path: /live, port: 8080 }
                initialDelaySeconds: 30
            - name: search
              image: search:3.2.0
              startupProbe:
                httpGet: { path: /live, port: 9200 }
                failureThreshold: 30
              livenessProbe:
                httpGet: { path: /live, port: 9200 }
                initialDelaySeconds: 90
            - name: odd
              image: odd:1.0.0
              livenessProbe: { initialDelaySeconds: "soon" }
            - name: odder
              image: odd:1.0.0
              livenessProbe: 120
    `,
    {
      code: `
      apiVersion: v1
      kind: Pod
      metadata: { name: p }
      spec:
        containers:
          - name: a
            image: a:1.0.0
            livenessProbe: { tcpSocket: { port: 80 }, initialDelaySeconds: 90 }
      `,
      options: { slowStartSeconds: 120 },
    },
  ],
  invalid: [
    {
      code: `
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: search }
      spec:
        template:
          spec:
            containers:
              - name: search
                image: search:3.2.0
                ports: [{ containerPort: 9200 }]
                livenessProbe:
                  httpGet:
                    path: /livez
                    port: 9200
                  «initialDelaySeconds»: 120
                  periodSeconds: 20
                  timeoutSeconds: 5
      `,
      errors: [{ messageId: 'slowStart', data: { name: 'search', delay: 120 } }],
      suggestions: [
        `
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: search }
        spec:
          template:
            spec:
              containers:
                - name: search
                  image: search:3.2.0
                  startupProbe:
                    httpGet:
                      path: /livez
                      port: 9200
                    timeoutSeconds: 5
                    periodSeconds: 20
                    failureThreshold: 9
                  ports: [{ containerPort: 9200 }]
                  livenessProbe:
                    httpGet:
                      path: /livez
                      port: 9200
                    periodSeconds: 20
                    timeoutSeconds: 5
        `,
      ],
    },
    {
      // Second document, flow style, defaults for period (10) and failures (3): 60/10 + 3 = 9.
      code: `
      apiVersion: v1
      kind: ConfigMap
      metadata: { name: c }
      ---
      apiVersion: v1
      kind: Pod
      metadata: { name: p }
      spec:
        containers:
          - name: db
            image: db:1.0.0
            livenessProbe: { exec: { command: [check, --live] }, «initialDelaySeconds»: 60 }
            startupProbe:
      `,
      errors: [{ messageId: 'slowStart', data: { name: 'db', delay: 60 } }],
      suggestions: [],
    },
    {
      code: `
      apiVersion: v1
      kind: ConfigMap
      metadata: { name: c }
      ---
      apiVersion: v1
      kind: Pod
      metadata: { name: p }
      spec:
        containers:
          - name: db
            image: db:1.0.0
            livenessProbe: { exec: { command: [check, --live] }, «initialDelaySeconds»: 60 }
      `,
      errors: [{ messageId: 'slowStart', data: { name: 'db', delay: 60 } }],
      suggestions: [
        `
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: c }
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: db
              image: db:1.0.0
              startupProbe:
                exec:
                  command:
                    - check
                    - --live
                periodSeconds: 10
                failureThreshold: 9
              livenessProbe: { exec: { command: [check, --live] } }
        `,
      ],
    },
    {
      code: `
      {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": { "name": "p" },
        "spec": {
          "containers": [
            {
              "name": "api",
              "image": "api:1.4.2",
              "livenessProbe": { "tcpSocket": { "port": 8080 }, «"initialDelaySeconds"»: 65, "periodSeconds": 30, "failureThreshold": 2 }
            }
          ]
        }
      }
      `,
      errors: [{ messageId: 'slowStart', data: { name: 'api', delay: 65 } }],
      suggestions: [
        `
        {
          "apiVersion": "v1",
          "kind": "Pod",
          "metadata": { "name": "p" },
          "spec": {
            "containers": [
              {
                "name": "api",
                "image": "api:1.4.2",
                "startupProbe": {
                  "tcpSocket": {
                    "port": 8080
                  },
                  "periodSeconds": 30,
                  "failureThreshold": 5
                },
                "livenessProbe": { "tcpSocket": { "port": 8080 }, "periodSeconds": 30, "failureThreshold": 2 }
              }
            ]
          }
        }
        `,
      ],
    },
  ],
});
