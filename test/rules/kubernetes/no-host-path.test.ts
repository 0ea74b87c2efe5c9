import rule from '../../../server/src/rules/kubernetes/no-host-path';
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
            - name: tmp
              emptyDir: {}
            - name: data
              persistentVolumeClaim: { claimName: data }
    `,
    // Runtime sockets are no-container-runtime-socket's, at error severity.
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: ci }
    spec:
      containers: [{ name: ci, image: "ci:1.0.0" }]
      volumes:
        - name: docker
          hostPath: { path: /var/run/docker.sock }
    `,
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: odd }
    spec:
      volumes:
        - name: a
          hostPath: /data
        - name: b
          hostPath: { path: 5 }
        - name: c
          hostPath: { path: "" }
        - 7
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: uploads }
      spec:
        template:
          spec:
            containers:
              - name: uploads
                image: uploads:2.4.1
            volumes:
              - name: data
                «hostPath»:
                  path: /srv/uploads/
                  type: DirectoryOrCreate
              - name: config
                «hostPath»: { path: /etc }
              - name: kubelet
                «hostPath»: { path: /var/lib/kubelet/pods }
      `,
      errors: [
        { messageId: 'hostPath', data: { volume: 'data', path: '/srv/uploads' } },
        { messageId: 'system', data: { volume: 'config', path: '/etc' } },
        { messageId: 'system', data: { volume: 'kubelet', path: '/var/lib/kubelet/pods' } },
      ],
    },
    {
      code: `
      apiVersion: v1
      kind: ConfigMap
      metadata: { name: cfg }
      ---
      apiVersion: batch/v1
      kind: CronJob
      metadata: { name: rotate }
      spec:
        jobTemplate:
          spec:
            template:
              spec:
                containers: [{ name: rotate, image: "rotate:1.0.0" }]
                volumes:
                  - name: logs
                    «hostPath»: { path: /var/log/app, type: Directory }
      `,
      errors: [{ messageId: 'hostPath', data: { volume: 'logs', path: '/var/log/app' } }],
    },
    {
      code: `
      apiVersion: v1
      kind: List
      items:
        - apiVersion: apps/v1
          kind: DaemonSet
          metadata: { name: exporter }
          spec:
            template:
              spec:
                containers: [{ name: exporter, image: "exporter:1.8.0" }]
                volumes:
                  - { name: proc, «hostPath»: { path: //proc } }
                  - { name: sys, «hostPath»: { path: /sys/fs/cgroup } }
      `,
      errors: [
        { messageId: 'system', data: { volume: 'proc', path: '/proc' } },
        { messageId: 'system', data: { volume: 'sys', path: '/sys/fs/cgroup' } },
      ],
    },
    {
      code: `
      {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": { "name": "p" },
        "spec": {
          "containers": [{ "name": "p", "image": "p:1.0.0" }],
          "volumes": [{ "name": "root", «"hostPath"»: { "path": "/" } }]
        }
      }
      `,
      errors: [{ messageId: 'system', data: { volume: 'root', path: '/' } }],
    },
  ],
});
