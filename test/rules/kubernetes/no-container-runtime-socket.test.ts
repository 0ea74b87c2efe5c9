import rule from '../../../server/src/rules/kubernetes/no-container-runtime-socket';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    apiVersion: apps/v1
    kind: DaemonSet
    metadata: { name: logs }
    spec:
      template:
        spec:
          containers: [{ name: logs, image: "logs:2.0.0" }]
          volumes:
            - name: varlog
              hostPath: { path: /var/log }
            - name: sockets
              hostPath: { path: /var/run/app/app.sock }
            - name: docker-config
              configMap: { name: docker.sock }
    `,
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: odd }
    spec:
      volumes: { name: docker, hostPath: { path: /var/run/docker.sock } }
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: ci-runner }
      spec:
        template:
          spec:
            containers:
              - name: runner
                image: ci-runner:5.0.2
                volumeMounts: [{ name: docker, mountPath: /var/run/docker.sock }]
            volumes:
              - name: docker
                hostPath:
                  path: «/var/run/docker.sock»
                  type: Socket
              - name: containerd
                hostPath: { path: «"/run/containerd/containerd.sock"» }
      `,
      errors: [
        { messageId: 'socket', data: { volume: 'docker', path: '/var/run/docker.sock' } },
        { messageId: 'socket', data: { volume: 'containerd', path: '/run/containerd/containerd.sock' } },
      ],
    },
    {
      code: `
      apiVersion: v1
      kind: Service
      metadata: { name: s }
      ---
      apiVersion: batch/v1
      kind: CronJob
      metadata: { name: prune }
      spec:
        jobTemplate:
          spec:
            template:
              spec:
                containers: [{ name: prune, image: "prune:1.0.0" }]
                volumes:
                  - name: run
                    hostPath: { path: «/var/run/» }
                  - name: crio
                    hostPath: { path: «/var/run/crio/crio.sock» }
      `,
      errors: [
        { messageId: 'directory', data: { volume: 'run', path: '/var/run' } },
        { messageId: 'socket', data: { volume: 'crio', path: '/var/run/crio/crio.sock' } },
      ],
    },
    {
      code: `
      apiVersion: v1
      kind: List
      items:
        - apiVersion: v1
          kind: Pod
          metadata: { name: p }
          spec:
            containers: [{ name: p, image: "p:1.0.0" }]
            volumes: [{ name: containerd, hostPath: { path: «/run/containerd» } }]
      `,
      errors: [{ messageId: 'directory', data: { volume: 'containerd', path: '/run/containerd' } }],
    },
    {
      code: `
      {
        "apiVersion": "apps/v1",
        "kind": "DaemonSet",
        "metadata": { "name": "agent" },
        "spec": {
          "template": {
            "spec": {
              "containers": [{ "name": "agent", "image": "agent:1.0.0" }],
              "volumes": [{ "name": "podman", "hostPath": { "path": «"/run/podman/podman.sock"» } }]
            }
          }
        }
      }
      `,
      errors: [{ messageId: 'socket', data: { volume: 'podman', path: '/run/podman/podman.sock' } }],
    },
  ],
});
