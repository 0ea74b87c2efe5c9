import rule from '../../../server/src/rules/openapi/no-plain-http-servers';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.0.3
    info: { title: Orders, version: 1.0.0 }
    servers:
      - url: https://api.acme.io
      - url: http://localhost:3000
      - url: http://127.0.0.1/v1
      - url: http://api.example.com
      - url: http://orders.local
      - url: wss://stream.acme.io
      - url: /v1
      - url: http://{host}/v1
    paths:
      /a:
        get:
          servers: [{ url: 'https://files.acme.io' }, 5, { url: 7 }]
          responses: {}
    `,
    `
    swagger: "2.0"
    info: { title: Dev, version: "1" }
    host: localhost:8080
    schemes: [http]
    paths: {}
    `,
    `
    swagger: "2.0"
    info: { title: Broken, version: "1" }
    schemes: http
    paths: { /a: { get: { schemes: [5], responses: {} } } }
    `,
  ],
  invalid: [
    {
      code: `
      swagger: "2.0"
      info: { title: Pets, version: "1" }
      host: petstore.swagger.io
      schemes:
        - «http»
      paths: {}
      `,
      errors: [{ messageId: 'scheme', data: { where: 'the whole API' } }],
      suggestions: [
        `
        swagger: "2.0"
        info: { title: Pets, version: "1" }
        host: petstore.swagger.io
        schemes:
          - https
        paths: {}
        `,
      ],
    },
    {
      code: `
      swagger: "2.0"
      info: { title: Pets, version: "1" }
      host: petstore.swagger.io
      schemes: [«http», https]
      paths:
        /pets:
          get:
            schemes: [«HTTP»]
            responses: { "200": { description: OK } }
      `,
      errors: [{ messageId: 'scheme', data: { where: 'the whole API' } }, { messageId: 'scheme', data: { where: 'GET /pets' } }],
      suggestions: [
        `
        swagger: "2.0"
        info: { title: Pets, version: "1" }
        host: petstore.swagger.io
        schemes: [https]
        paths:
          /pets:
            get:
              schemes: [HTTP]
              responses: { "200": { description: OK } }
        `,
      ],
    },
    {
      code: `
      {
        "swagger": "2.0",
        "info": {"title": "Pets", "version": "1"},
        "host": "petstore.swagger.io",
        "schemes": [
          «"http"»,
          "https"
        ],
        "paths": {}
      }`,
      errors: [{ messageId: 'scheme' }],
      suggestions: [
        `
        {
          "swagger": "2.0",
          "info": {"title": "Pets", "version": "1"},
          "host": "petstore.swagger.io",
          "schemes": [
            "https"
          ],
          "paths": {}
        }`,
      ],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Orders", "version": "1.0.0"},
        "servers": [{"url": «"http://api.acme.io/v1"»}],
        "paths": {}
      }`,
      errors: [{ messageId: 'server', data: { url: 'http://api.acme.io/v1', scheme: 'http' } }],
      suggestions: [
        `
        {
          "openapi": "3.0.3",
          "info": {"title": "Orders", "version": "1.0.0"},
          "servers": [{"url": "https://api.acme.io/v1"}],
          "paths": {}
        }`,
      ],
    },
    {
      code: `
      openapi: 3.1.0
      info: { title: Stream, version: 1.0.0 }
      servers:
        - url: «ws://stream.acme.io»
          description: Event stream
        - url: «'{scheme}://api.acme.io'»
          description: Production
          variables: { scheme: { default: http } }
      paths: {}
      `,
      errors: [
        { messageId: 'server', data: { url: 'ws://stream.acme.io', scheme: 'ws' } },
        { messageId: 'server', data: { url: 'http://api.acme.io', scheme: 'http' } },
      ],
      suggestions: [
        `
        openapi: 3.1.0
        info: { title: Stream, version: 1.0.0 }
        servers:
          - url: wss://stream.acme.io
            description: Event stream
          - url: '{scheme}://api.acme.io'
            description: Production
            variables: { scheme: { default: http } }
        paths: {}
        `,
      ],
    },
  ],
});
