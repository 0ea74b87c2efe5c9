import rule from '../../../server/src/rules/kubernetes/empty-dir-size-limit';
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
          volumes:
            - name: scratch
              emptyDir: { sizeLimit: 1Gi }
            - name: shm
              emptyDir:
                medium: Memory
                sizeLimit: 256Mi
            - name: config
              configMap: { name: api }
    `,
    // Every container bounds the medium the volume uses: the kubelet evicts the Pod at the limit.
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: p }
    spec:
      containers:
        - name: a
          image: a:1.0.0
          resources: { limits: { ephemeral-storage: 2Gi, memory: 1Gi } }
        - name: b
          image: b:1.0.0
          resources: { limits: { ephemeral-storage: 1Gi, memory: 1Gi } }
      volumes:
        - name: scratch
          emptyDir: {}
        - name: shm
          emptyDir: { medium: Memory }
    `,
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: odd }
    spec:
      containers: [{ name: a, image: a:1.0.0 }]
      volumes:
        - name: a
          emptyDir: yes
        - name: b
          emptyDir: [1]
        - 3
    `,
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: odd }
    spec:
      volumes: { scratch: { emptyDir: {} } }
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
                resources: { limits: { memory: 1Gi } }
              - name: sidecar
                image: envoy:1.30.1
            volumes:
              - name: scratch
                «emptyDir»: {}
              - name: shm
                «emptyDir»:
                  medium: Memory
              - name: nothing
                «emptyDir»:
              - name: unset
                «emptyDir»: { sizeLimit: null }
      `,
      errors: [
        { messageId: 'disk', data: { volume: 'scratch' } },
        { messageId: 'memory', data: { volume: 'shm' } },
        { messageId: 'disk', data: { volume: 'nothing' } },
        { messageId: 'disk', data: { volume: 'unset' } },
      ],
    },
    {
      // Second document; memory limits do not bound a disk-backed volume.
      code: `
      apiVersion: v1
      kind: Service
      metadata: { name: cache }
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: cache }
      spec:
        template:
          spec:
            containers:
              - name: redis
                image: redis:7.2.4
                resources: { limits: { memory: 256Mi } }
            volumes:
              - name: data
                «emptyDir»: {}
      `,
      errors: [{ messageId: 'disk', data: { volume: 'data' } }],
    },
    {
      code: `
      {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": { "name": "p" },
        "spec": {
          "containers": [{ "name": "a", "image": "a:1.0.0" }],
          "volumes": [{ "name": "tmp", «"emptyDir"»: {} }]
        }
      }
      `,
      errors: [{ messageId: 'disk', data: { volume: 'tmp' } }],
    },
  ],
});
