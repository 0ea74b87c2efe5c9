import rule from '../../../server/src/rules/kubernetes/probe-port-matches-container-port';
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
              ports:
                - { name: http, containerPort: 8080 }
                - { name: grpc, containerPort: 9090 }
              readinessProbe: { httpGet: { path: /ready, port: http } }
              livenessProbe: { tcpSocket: { port: 8080 } }
              startupProbe: { grpc: { port: 9090 } }
    `,
    // No declared port: a numeric probe says nothing. A probe aimed at another host neither.
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: p }
    spec:
      containers:
        - name: worker
          image: worker:1.0.0
          livenessProbe: { httpGet: { path: /live, port: 8081 } }
        - name: proxy
          image: proxy:1.0.0
          ports: [{ containerPort: 80 }]
          readinessProbe: { tcpSocket: { host: upstream.internal, port: 5432 } }
          livenessProbe: { exec: { command: [true] } }
    `,
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: odd }
    spec:
      containers:
        - name: a
          image: a:1.0.0
          ports: "http"
          readinessProbe: { httpGet: { port: null } }
          livenessProbe: { httpGet: [8080] }
          startupProbe: { tcpSocket: { port: { value: 1 } } }
        - name: b
          image: b:1.0.0
          ports: [{ containerPort: 80 }]
          readinessProbe: { httpGet: { port: true } }
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
                ports:
                  - name: http
                    containerPort: 8080
                readinessProbe:
                  httpGet:
                    path: /ready
                    port: «htpp»
      `,
      errors: [{ messageId: 'unknownName', data: { probe: 'readinessProbe', name: 'api', port: 'htpp' } }],
      suggestions: [
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
                  ports:
                    - name: http
                      containerPort: 8080
                  readinessProbe:
                    httpGet:
                      path: /ready
                      port: http
        `,
      ],
    },
    {
      // Second document; a numeric probe port the container does not declare.
      code: `
      apiVersion: v1
      kind: Service
      metadata: { name: api }
      ---
      apiVersion: v1
      kind: Pod
      metadata: { name: api }
      spec:
        containers:
          - name: api
            image: api:1.4.2
            ports:
              - containerPort: 8080
            livenessProbe:
              httpGet: { path: /live, port: «8081» }
      `,
      errors: [{ messageId: 'undeclared', data: { probe: 'livenessProbe', name: 'api', port: '8081' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: Service
        metadata: { name: api }
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: api }
        spec:
          containers:
            - name: api
              image: api:1.4.2
              ports:
                - containerPort: 8080
                - containerPort: 8081
              livenessProbe:
                httpGet: { path: /live, port: 8081 }
        `,
      ],
    },
    {
      // Several ports: no single name to offer. Each probe kind is checked.
      code: `
      apiVersion: batch/v1
      kind: CronJob
      metadata: { name: c }
      spec:
        jobTemplate:
          spec:
            template:
              spec:
                containers:
                  - name: a
                    image: a:1.0.0
                    ports: [{ name: web, containerPort: 80 }, { name: admin, containerPort: 81 }]
                    startupProbe: { tcpSocket: { port: «metrics» } }
                    livenessProbe: { grpc: { port: «9000» } }
      `,
      errors: [
        { messageId: 'unknownName', data: { probe: 'startupProbe', name: 'a', port: 'metrics' } },
        { messageId: 'undeclared', data: { probe: 'livenessProbe', name: 'a', port: '9000' } },
      ],
      suggestions: [],
    },
    {
      code: `
      {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": { "name": "p" },
        "spec": {
          "containers": [{
            "name": "api",
            "image": "api:1.4.2",
            "ports": [{ "containerPort": 8080 }],
            "readinessProbe": { "httpGet": { "path": "/ready", "port": «"http"» } }
          }]
        }
      }
      `,
      errors: [{ messageId: 'unknownName', data: { probe: 'readinessProbe', name: 'api', port: 'http' } }],
      suggestions: [
        `
        {
          "apiVersion": "v1",
          "kind": "Pod",
          "metadata": { "name": "p" },
          "spec": {
            "containers": [{
              "name": "api",
              "image": "api:1.4.2",
              "ports": [{ "containerPort": 8080 }],
              "readinessProbe": { "httpGet": { "path": "/ready", "port": 8080 } }
            }]
          }
        }
        `,
      ],
    },
  ],
});
