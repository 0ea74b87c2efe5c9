import rule from '../../../server/src/rules/kubernetes/ingress-tls';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: { name: api, annotations: { cert-manager.io/cluster-issuer: letsencrypt } }
    spec:
      tls:
        - hosts: [api.example.com]
          secretName: api-tls
      rules:
        - host: api.example.com
          http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: api, port: { number: 80 } } } }] }
    `,
    // TLS terminated by the cloud load balancer, with certificates named in annotations.
    `
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: api
      annotations:
        alb.ingress.kubernetes.io/listen-ports: '[{"HTTPS": 443}]'
    spec:
      ingressClassName: alb
      defaultBackend: { service: { name: api, port: { number: 80 } } }
    `,
    `
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: api
      annotations: { networking.gke.io/managed-certificates: api-cert, kubernetes.io/ingress.class: gce }
    spec:
      defaultBackend: { service: { name: api, port: { number: 80 } } }
    `,
    `
    apiVersion: v1
    kind: Service
    metadata: { name: api }
    spec: { selector: { app: api }, ports: [{ port: 80 }] }
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: networking.k8s.io/v1
      kind: «Ingress»
      metadata:
        name: tf-serving-ingress
        annotations:
          nginx.ingress.kubernetes.io/rewrite-target: /$2
      spec:
        rules:
          - http:
              paths:
                - path: /tf(/|$)(.*)
                  pathType: Prefix
                  backend: { service: { name: tf-serving, port: { number: 8501 } } }
      `,
      errors: [{ messageId: 'noTls', data: { name: 'tf-serving-ingress' } }],
      suggestions: [],
    },
    {
      // An empty tls list, a tls of the wrong type, and an allow-http annotation that allows HTTP.
      code: `
      apiVersion: v1
      kind: ConfigMap
      metadata: { name: settings }
      ---
      apiVersion: networking.k8s.io/v1
      kind: «Ingress»
      metadata: { name: a, annotations: { kubernetes.io/ingress.allow-http: "true" } }
      spec: { tls: [], defaultBackend: { service: { name: a, port: { number: 80 } } } }
      ---
      apiVersion: networking.k8s.io/v1
      kind: «Ingress»
      metadata: { name: b }
      spec: { tls: yes }
      `,
      errors: [{ messageId: 'noTls', data: { name: 'a' } }, { messageId: 'noTls', data: { name: 'b' } }],
    },
    {
      code: `
      {
        "apiVersion": "networking.k8s.io/v1",
        "kind": «"Ingress"»,
        "metadata": { "name": "api" },
        "spec": { "defaultBackend": { "service": { "name": "api", "port": { "number": 80 } } } }
      }
      `,
      errors: [{ messageId: 'noTls', data: { name: 'api' } }],
    },
  ],
});
