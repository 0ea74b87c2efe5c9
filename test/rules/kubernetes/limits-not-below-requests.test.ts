import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rule from '../../../server/src/rules/kubernetes/limits-not-below-requests';
import { compareQuantities, parseQuantity } from '../../../server/src/rules/kubernetes/shared/quantity';
import { runRuleTests } from '../../helpers/rule-tester';

describe('Kubernetes quantities', () => {
  const cmp = (a: string, b: string): number => {
    const [x, y] = [parseQuantity(a), parseQuantity(b)];
    assert.ok(x && y, `${a} or ${b} did not parse`);
    return compareQuantities(x, y);
  };
  it('compares across units exactly', () => {
    assert.equal(cmp('500m', '0.5'), 0);
    assert.equal(cmp('1Gi', '1073741824'), 0);
    assert.equal(cmp('1G', '1Gi'), -1);
    assert.equal(cmp('1e3', '1k'), 0);
    assert.equal(cmp('1E', '1e18'), 0);
    assert.equal(cmp('.5', '5.'), -1);
    assert.equal(cmp('0.1', '100m'), 0);
    assert.equal(cmp('128974848', '129e6'), -1);
    assert.equal(cmp('129M', '123Mi'), 1);
    assert.equal(cmp('5m', '1'), -1);
    assert.equal(cmp('-1', '0'), -1);
  });
  it('refuses what is not a quantity', () => {
    for (const text of ['', 'abc', '1 Gi', '1gi', '1KiB', 'e3', '.', '+', '1e999', '0x10']) assert.equal(parseQuantity(text), undefined, text);
  });
});

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
              resources:
                requests: { cpu: 500m, memory: 1Gi, ephemeral-storage: 1G, nvidia.com/gpu: 1 }
                limits: { cpu: 0.5, memory: 1073741824, ephemeral-storage: 2G, nvidia.com/gpu: "1" }
    `,
    // A limit alone, or a request alone for an overcommittable resource, is fine.
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: gpu }
    spec:
      containers:
        - name: a
          image: a:1.0.0
          resources:
            requests: { cpu: "2" }
            limits: { nvidia.com/gpu: 2, memory: 1Gi }
    `,
    // Wrong types and unparsable quantities are skipped, never guessed.
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: odd }
    spec:
      resources: 3
      containers:
        - name: a
          image: a:1.0.0
          resources: { requests: [1, 2], limits: { cpu: 1 } }
        - name: b
          image: b:1.0.0
          resources: { requests: { cpu: lots, memory: null, "": 1 }, limits: { cpu: 100m, memory: 1Mi } }
        - name: c
          image: c:1.0.0
          resources: { requests: { cpu: 1 }, limits: "none" }
        - 7
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
                resources:
                  requests:
                    cpu: 500m
                    memory: 1Gi
                  limits:
                    cpu: 1
                    memory: «1G»
      `,
      errors: [{ messageId: 'below', data: { resource: 'memory', name: 'api', limit: '1G', request: '1Gi' } }],
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
                  resources:
                    requests:
                      cpu: 500m
                      memory: 1Gi
                    limits:
                      cpu: 1
                      memory: 1Gi
        `,
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
                  resources:
                    requests:
                      cpu: 500m
                      memory: 1G
                    limits:
                      cpu: 1
                      memory: 1G
        `,
      ],
    },
    {
      // Second document; init containers; CPU below in a flow map; a GPU limit above its request.
      code: `
      apiVersion: v1
      kind: ConfigMap
      metadata: { name: c }
      data: { a: b }
      ---
      apiVersion: batch/v1
      kind: CronJob
      metadata: { name: report }
      spec:
        jobTemplate:
          spec:
            template:
              spec:
                initContainers:
                  - name: warm
                    image: warm:1.0.0
                    resources: { requests: { cpu: "0.25" }, limits: { cpu: «200m» } }
                containers:
                  - name: train
                    image: train:2.0.0
                    resources:
                      requests: { nvidia.com/gpu: 1, hugepages-2Mi: 64Mi, memory: 1Gi }
                      limits: { nvidia.com/gpu: «2», hugepages-2Mi: 64Mi, memory: 1Gi }
      `,
      errors: [
        { messageId: 'below', data: { resource: 'cpu', name: 'warm', limit: '200m', request: '0.25' } },
        { messageId: 'notEqual', data: { resource: 'nvidia.com/gpu', name: 'train', limit: '2', request: '1' } },
      ],
      suggestions: [
        `
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: c }
        data: { a: b }
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: report }
        spec:
          jobTemplate:
            spec:
              template:
                spec:
                  initContainers:
                    - name: warm
                      image: warm:1.0.0
                      resources: { requests: { cpu: "0.25" }, limits: { cpu: "0.25" } }
                  containers:
                    - name: train
                      image: train:2.0.0
                      resources:
                        requests: { nvidia.com/gpu: 1, hugepages-2Mi: 64Mi, memory: 1Gi }
                        limits: { nvidia.com/gpu: 2, hugepages-2Mi: 64Mi, memory: 1Gi }
        `,
        `
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: c }
        data: { a: b }
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: report }
        spec:
          jobTemplate:
            spec:
              template:
                spec:
                  initContainers:
                    - name: warm
                      image: warm:1.0.0
                      resources: { requests: { cpu: 200m }, limits: { cpu: 200m } }
                  containers:
                    - name: train
                      image: train:2.0.0
                      resources:
                        requests: { nvidia.com/gpu: 1, hugepages-2Mi: 64Mi, memory: 1Gi }
                        limits: { nvidia.com/gpu: 2, hugepages-2Mi: 64Mi, memory: 1Gi }
        `,
      ],
    },
    {
      // A GPU requested without a limit; the limits map exists.
      code: `
      apiVersion: v1
      kind: Pod
      metadata: { name: p }
      spec:
        containers:
          - name: train
            image: train:2.0.0
            resources:
              requests:
                «nvidia.com/gpu»: 1
              limits:
                memory: 1Gi
      `,
      errors: [{ messageId: 'noLimit', data: { name: 'train', resource: 'nvidia.com/gpu' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: train
              image: train:2.0.0
              resources:
                requests:
                  nvidia.com/gpu: 1
                limits:
                  memory: 1Gi
                  nvidia.com/gpu: 1
        `,
      ],
    },
    {
      // No limits map at all; pod-level resources are checked too.
      code: `
      apiVersion: v1
      kind: Pod
      metadata: { name: p }
      spec:
        resources:
          requests: { memory: 2Gi }
          limits: { memory: «1Gi» }
        containers:
          - name: train
            image: train:2.0.0
            resources:
              requests:
                «hugepages-1Gi»: 2Gi
      `,
      errors: [
        { messageId: 'below', data: { name: 'p', resource: 'memory', limit: '1Gi', request: '2Gi' } },
        { messageId: 'noLimit', data: { name: 'train', resource: 'hugepages-1Gi' } },
      ],
    },
    {
      code: `
      apiVersion: v1
      kind: Pod
      metadata: { name: p }
      spec:
        containers:
          - name: train
            image: train:2.0.0
            resources:
              requests:
                «hugepages-1Gi»: 2Gi
      `,
      errors: [{ messageId: 'noLimit', data: { name: 'train', resource: 'hugepages-1Gi' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: train
              image: train:2.0.0
              resources:
                requests:
                  hugepages-1Gi: 2Gi
                limits:
                  hugepages-1Gi: 2Gi
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
              "resources": { "requests": { "memory": "512Mi" }, "limits": { "memory": «"256Mi"» } }
            }
          ]
        }
      }
      `,
      errors: [{ messageId: 'below', data: { resource: 'memory', name: 'api', limit: '256Mi', request: '512Mi' } }],
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
                "resources": { "requests": { "memory": "512Mi" }, "limits": { "memory": "512Mi" } }
              }
            ]
          }
        }
        `,
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
                "resources": { "requests": { "memory": "256Mi" }, "limits": { "memory": "256Mi" } }
              }
            ]
          }
        }
        `,
      ],
    },
  ],
});
