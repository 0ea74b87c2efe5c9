import rule from '../../../server/src/rules/compose/scalable-service-fixed-names';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    services:
      worker:
        image: acme/worker:1.4.2
        deploy:
          replicas: 3
        ports:
          - "80"
          - "8080-8082:80"
          - target: 9000
      single:
        image: acme/single:1.0.0
        container_name: single
        ports: ["9090:9090"]
        deploy:
          replicas: 1
      scaled:
        image: acme/scaled:1.0.0
        scale: 2
      host:
        image: acme/host:1.0.0
        network_mode: host
        scale: 2
        ports: ["80:80"]
    `,
    `
    services:
      a:
        image: acme/a:1.0.0
        deploy: {replicas: many}
        container_name: a
      b:
        image: acme/b:1.0.0
        deploy: [replicas]
        container_name: b
      c:
        image: acme/c:1.0.0
        scale: [2]
        container_name: c
    `,
  ],
  invalid: [
    {
      code: `
      services:
        worker:
          image: acme/worker:1.4.2
          «container_name»: worker
          ports:
            - «"8080:80"»
            - «"9000-9001:9000-9001"»
          deploy:
            replicas: 3
      `,
      errors: [
        { messageId: 'containerName', data: { name: 'worker', replicas: 3 } },
        { messageId: 'hostPort', data: { name: 'worker', replicas: 3, port: '8080' } },
        { messageId: 'hostPort', data: { name: 'worker', replicas: 3, port: '9000-9001' } },
      ],
      suggestions: [
        `
        services:
          worker:
            image: acme/worker:1.4.2
            ports:
              - "8080:80"
              - "9000-9001:9000-9001"
            deploy:
              replicas: 3
        `,
      ],
    },
    {
      code: `
      services:
        a:
          image: acme/a:1.0.0
      ---
      services:
        api:
          image: acme/api:1.0.0
          scale: "2"
          ports:
            - target: 80
              published: «8080»
      `,
      errors: [{ messageId: 'hostPort', data: { name: 'api', replicas: 2, port: '8080' } }],
    },
    {
      // Written in an anchor that holds nothing else: no removal that would leave it empty.
      code: `
      x-name: &name
        «container_name»: shared
      services:
        api:
          <<: *name
          image: acme/api:1.0.0
          deploy:
            replicas: 2
      `,
      errors: [{ messageId: 'containerName', data: { name: 'api', replicas: 2 } }],
      suggestions: [],
    },
    {
      code: `{"services": {"w": {"image": "acme/w:1.0.0", «"container_name"»: "w", "scale": 4}}}`,
      path: 'file:///work/compose.json',
      errors: [{ messageId: 'containerName' }],
      suggestions: [`{"services": {"w": {"image": "acme/w:1.0.0", "scale": 4}}}`],
    },
  ],
});
