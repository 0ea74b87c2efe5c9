import rule from '../../../server/src/rules/compose/volume-defined';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    // Declared volumes, host paths of every shape, anonymous volumes, other mount types.
    `
    services:
      db:
        image: postgres:16.4
        volumes:
          - pgdata:/var/lib/postgresql/data
          - ./init:/docker-entrypoint-initdb.d:ro
          - /var/log/db:/var/log/postgresql
          - ~/backups:/backups
          - ../shared:/shared
          - C:\\data:/data
          - \\\\.\\pipe\\docker_engine:\\\\.\\pipe\\docker_engine
          - /scratch
          - x:/single-letter-is-a-drive
          - type: volume
            source: pgdata
            target: /mirror
          - type: volume
            target: /anonymous
          - type: bind
            source: ./conf
            target: /etc/conf
          - type: tmpfs
            target: /tmp
          - "\${DATA_DIR}:/data"
          - "\${VOLUME_NAME:-cache}:/cache"
        volumes_from: [other]
    x-volumes: &volumes
      pgdata:
    volumes:
      <<: *volumes
    `,
    // Declared in an included file or in the override file.
    {
      code: `
      include:
        - path: [infra/compose.yaml]
      services:
        api:
          image: acme/api:1.4.2
          volumes: ["uploads:/srv/uploads", "cache:/cache"]
      `,
      files: {
        'infra/compose.yaml': 'volumes:\n  uploads: {}\n',
        'compose.override.yaml': 'volumes:\n  cache:\n    external: true\n',
      },
    },
    // An included file that cannot be read may declare anything.
    `
    include: [missing.yaml]
    services:
      api:
        image: acme/api:1.4.2
        volumes: ["uploads:/srv/uploads"]
    `,
    // A file other files include is checked as part of the application that includes it.
    {
      path: 'file:///work/infra/db.yaml',
      code: `
      services:
        db:
          image: postgres:16.4
          volumes: ["pgdata:/var/lib/postgresql/data"]
      `,
      files: { '../compose.yaml': 'include: [infra/db.yaml]\nvolumes:\n  pgdata: {}\n' },
    },
    `
    services:
      api:
        image: acme/api:1.4.2
        volumes: [null, 5, [x], { type: volume, source: 7 }, "ab", "a:"]
      web:
        image: nginx:1.27
        volumes: 3
    `,
  ],
  invalid: [
    {
      code: `
      services:
        db:
          image: postgres:16.4
          volumes:
            - «pgdta»:/var/lib/postgresql/data:rw
            - «data»:/srv/data
      volumes:
        pgdata: {}
      `,
      errors: [
        { messageId: 'didYouMean', data: { service: 'db', name: 'pgdta', candidate: 'pgdata' }, related: ['compose.yaml:8:3'] },
        { messageId: 'unknown', data: { service: 'db', name: 'data', candidate: '' } },
      ],
      suggestions: [
        `
        services:
          db:
            image: postgres:16.4
            volumes:
              - pgdata:/var/lib/postgresql/data:rw
              - data:/srv/data
        volumes:
          pgdata: {}
        `,
      ],
    },
    {
      // Long syntax; the declaration lives in the base file of this override file.
      path: 'file:///work/compose.override.yaml',
      code: `
      services:
        db:
          volumes:
            - type: volume
              source: «pg-dat»
              target: /var/lib/postgresql/data
      `,
      files: { 'compose.yaml': 'services:\n  db:\n    image: postgres:16.4\nvolumes:\n  pg-data: {}\n' },
      errors: [{ messageId: 'didYouMean', data: { service: 'db', name: 'pg-dat', candidate: 'pg-data' }, related: ['compose.yaml:5:3'] }],
      suggestions: [
        `
        services:
          db:
            volumes:
              - type: volume
                source: pg-data
                target: /var/lib/postgresql/data
        `,
      ],
    },
    {
      // A relative host path without its `./` is a volume name to Compose; written once in an anchor.
      code: `
      x-app: &app
        image: acme/app:2.0
        volumes:
          - '«config»:/etc/app:ro'
      services:
        api:
          <<: *app
        worker:
          <<: *app
      `,
      errors: [{ messageId: 'unknown', data: { service: 'api', name: 'config', candidate: '' } }],
      suggestions: [],
    },
    {
      // An escape in the scalar: the whole entry is underlined and rewritten.
      code: `
      services:
        db:
          image: postgres:16.4
          volumes: [«"pgd\\u0074a:/data"»]
      volumes:
        pgdata: {}
      `,
      errors: [{ messageId: 'didYouMean', data: { service: 'db', name: 'pgdta', candidate: 'pgdata' } }],
      suggestions: [
        `
        services:
          db:
            image: postgres:16.4
            volumes: ["pgdata:/data"]
        volumes:
          pgdata: {}
        `,
      ],
    },
    {
      path: 'file:///work/compose.json',
      code: `
      {
        "services": { "db": { "image": "postgres:16.4", "volumes": ["«Data»:/data"] } },
        "volumes": { "data": {} }
      }
      `,
      errors: [{ messageId: 'didYouMean', data: { service: 'db', name: 'Data', candidate: 'data' }, related: ['compose.json:3:16'] }],
      suggestions: [
        `
        {
          "services": { "db": { "image": "postgres:16.4", "volumes": ["data:/data"] } },
          "volumes": { "data": {} }
        }
        `,
      ],
    },
  ],
});
