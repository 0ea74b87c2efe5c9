import rule from '../../../server/src/rules/compose/no-docker-socket';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    services:
      api:
        image: acme/api:1.4.2
        use_api_socket: false
        volumes:
          - data:/var/lib/data
          - ./docker.sock.md:/docs/readme.md
          - type: volume
            source: docker.sock
            target: /x
          - /var/run/docker.sock
    volumes:
      data:
      docker.sock:
    `,
    `
    services:
      odd:
        volumes: /var/run/docker.sock:/var/run/docker.sock
      odder:
        volumes:
          - 5
          - [a]
          - type: bind
    `,
  ],
  invalid: [
    {
      code: `
      services:
        proxy:
          image: traefik:v3.1
          volumes:
            - «/var/run/docker.sock:/var/run/docker.sock»
            - «"/var/run/docker.sock:/var/run/docker.sock:ro"»
            - «/run:/host-run»
            - «\${DOCKER_SOCK:-/var/run/docker.sock}:/var/run/docker.sock»
      `,
      errors: [
        { messageId: 'socket', data: { services: 'service "proxy"' } },
        { messageId: 'readOnly', data: { services: 'service "proxy"' } },
        { messageId: 'socket' },
        { messageId: 'socket' },
      ],
    },
    {
      // Long syntax: the source is underlined; read_only does not help.
      code: `
      services:
        a:
          image: acme/a:1.0.0
      ---
      services:
        portainer:
          image: portainer/portainer-ce:2.21.0
          volumes:
            - type: bind
              source: «/run/user/1000/docker.sock»
              target: /var/run/docker.sock
              read_only: true
      `,
      errors: [{ messageId: 'readOnly', data: { services: 'service "portainer"' } }],
    },
    {
      code: `
      services:
        agent:
          image: docker/mcp-gateway:v1
          «use_api_socket»: true
      `,
      errors: [{ messageId: 'apiSocket', data: { services: 'service "agent"' } }],
    },
    {
      code: `
      x-sock: &sock
        volumes:
          - «/var/run/docker.sock:/var/run/docker.sock»
      services:
        a:
          <<: *sock
        b:
          <<: *sock
      `,
      errors: [{ messageId: 'socket', data: { services: 'services "a" and "b"' } }],
    },
    {
      code: `{"services": {"w": {"image": "acme/w:1.0.0", "volumes": [«"/var/run/docker.sock:/var/run/docker.sock"»]}}}`,
      path: 'file:///work/compose.json',
      errors: [{ messageId: 'socket' }],
    },
  ],
});
