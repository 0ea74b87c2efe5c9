import rule from '../../../server/src/rules/kubernetes/ingress-backend-exists';
import { runRuleTests } from '../../helpers/rule-tester';

const ingress = (backend: string, namespace = ''): string => `
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: shop${namespace ? `, namespace: ${namespace}` : ''} }
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend: ${backend}
`;

const service = (name: string, namespace = '', type = ''): string => `
apiVersion: v1
kind: Service
metadata: { name: ${name}${namespace ? `, namespace: ${namespace}` : ''} }
spec:
  ${type ? `type: ${type}\n  externalName: web.example.com\n  ` : ''}selector: { app: ${name} }
  ports:
    - { name: http, port: 80, targetPort: 8080 }
`;

const route = (ref: string): string => `
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: shop }
spec:
  parentRefs: [{ name: gateway }]
  rules:
    - backendRefs: [${ref}]
`;

runRuleTests(rule, {
  valid: [
    // The Service and its port, by number and by name, in another file.
    { code: ingress('{ service: { name: web, port: { number: 80 } } }'), files: { 'svc.yaml': service('web') } },
    { code: ingress('{ service: { name: web, port: { name: http } } }'), files: { 'svc.yaml': service('web') } },
    // The v1beta1 shape, and a resource backend.
    { code: ingress('{ serviceName: web, servicePort: http }'), files: { 'svc.yaml': service('web') } },
    { code: ingress('{ resource: { apiGroup: k8s.example.com, kind: StorageBucket, name: static } }'), files: { 'svc.yaml': service('web') } },
    // No Service in the workspace at all: they are kept elsewhere.
    ingress('{ service: { name: web, port: { number: 80 } } }'),
    // Only the open files are known.
    { code: ingress('{ service: { name: web, port: { number: 80 } } }'), files: { 'svc.yaml': service('api') }, partialWorkspace: true },
    // An operator's custom resource may create the Service.
    { code: ingress('{ service: { name: events-kafka-bootstrap, port: { number: 9092 } } }'), files: { 'svc.yaml': service('api'), 'kafka.yaml': 'apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata: { name: events }\nspec: {}\n' } },
    // ExternalName Services need not list ports.
    { code: ingress('{ service: { name: web, port: { number: 443 } } }'), files: { 'svc.yaml': service('web', '', 'ExternalName') } },
    // Gateway API: a Service backend that exists, and backends of other kinds.
    { code: route('{ name: web, port: 80 }'), files: { 'svc.yaml': service('web') } },
    { code: route('{ group: networking.istio.io, kind: Hostname, name: api.example.com, port: 443 }, { kind: ServiceImport, group: multicluster.x-k8s.io, name: web, port: 80 }'), files: { 'svc.yaml': service('api') } },
    // kustomize's namePrefix renames the Service to the name the Ingress was written with.
    { code: ingress('{ service: { name: prod-web, port: { number: 80 } } }'), files: { 'svc.yaml': service('web'), 'kustomization.yaml': 'namePrefix: prod-\nresources: [svc.yaml, manifest.yaml]\n' } },
    // A backendRef into a namespace the workspace does not manage.
    { code: route('{ name: web, namespace: platform, port: 80 }'), files: { 'svc.yaml': service('api') } },
  ],
  invalid: [
    {
      code: `
      apiVersion: networking.k8s.io/v1
      kind: Ingress
      metadata: { name: shop, namespace: shop }
      spec:
        defaultBackend:
          service: { name: «web», port: { number: 80 } }
        rules:
          - http:
              paths:
                - path: /api
                  pathType: Prefix
                  backend:
                    service:
                      name: api
                      port: { number: «8080» }
                - path: /admin
                  pathType: Prefix
                  backend: { service: { name: api, port: { name: «admin» } } }
      `,
      files: { 'svc.yaml': service('api', 'shop'), 'other.yaml': service('web', 'billing') },
      errors: [
        { messageId: 'noService', data: { kind: 'Ingress', name: 'shop', service: 'web', port: '80' }, related: ['other.yaml:3:19'] },
        { messageId: 'noPort', data: { kind: 'Ingress', name: 'shop', service: 'api', port: '8080' }, related: ['svc.yaml:6:3'] },
        { messageId: 'noPort', data: { kind: 'Ingress', name: 'shop', service: 'api', port: '"admin"' }, related: ['svc.yaml:6:3'] },
      ],
    },
    {
      // The port check needs only the Service it found, even before the workspace is indexed.
      code: ingress('{ serviceName: api, servicePort: «8080» }'),
      files: { 'svc.yaml': service('api') },
      partialWorkspace: true,
      errors: [{ messageId: 'noPort', data: { kind: 'Ingress', name: 'shop', service: 'api', port: '8080' }, related: ['svc.yaml:6:3'] }],
    },
    {
      code: `
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata: { name: shop }
      spec:
        rules:
          - backendRefs:
              - { name: «web», port: 80 }
              - { kind: Service, name: api, port: «8080» }
      `,
      files: { 'svc.yaml': service('api') },
      errors: [
        { messageId: 'noService', data: { kind: 'HTTPRoute', name: 'shop', service: 'web', port: '80' }, related: [] },
        { messageId: 'noPort', data: { kind: 'HTTPRoute', name: 'shop', service: 'api', port: '8080' }, related: ['svc.yaml:6:3'] },
      ],
    },
  ],
});
