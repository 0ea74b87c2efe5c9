import rule from '../../../server/src/rules/openapi/no-basic-auth-over-http';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.0.3
    info: { title: Billing, version: 1.0.0 }
    servers:
      - url: https://api.acme.io
      - url: http://localhost:8080
      - url: http://{host}
        variables: { host: { default: 127.0.0.1 } }
    paths: {}
    components:
      securitySchemes:
        basic: { type: http, scheme: basic }
    `,
    `
    swagger: "2.0"
    info: { title: Billing, version: "1" }
    host: api.acme.io
    schemes: [https]
    securityDefinitions:
      basic: { type: basic }
    paths: {}
    `,
    // Plain HTTP, but no Basic scheme: no-plain-http-servers reports the server.
    `
    openapi: 3.1.0
    info: { title: Billing, version: 1.0.0 }
    servers: [{ url: 'http://api.acme.io' }]
    paths: {}
    components:
      securitySchemes: { bearer: { type: http, scheme: bearer }, odd: 5, list: [1] }
    `,
  ],
  invalid: [
    {
      code: `
      swagger: "2.0"
      info: { title: Billing, version: "1" }
      host: api.acme.io
      basePath: /v1
      schemes: [http, https]
      securityDefinitions:
        basic: { type: «basic» }
      paths: {}
      `,
      errors: [{ messageId: 'cleartext', data: { name: 'basic', url: 'http://api.acme.io/v1' } }],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Billing", "version": "1.0.0"},
        "servers": [{"url": "https://api.acme.io"}],
        "paths": {"/invoices": {"get": {"servers": [{"url": "http://legacy.acme.io"}], "responses": {"200": {"description": "OK"}}}}},
        "components": {"securitySchemes": {"basic": {"type": "http", "scheme": «"Basic"»}}}
      }`,
      errors: [{ messageId: 'cleartext', data: { name: 'basic', url: 'http://legacy.acme.io' } }],
    },
    {
      code: `
      openapi: 3.1.0
      info: { title: Billing, version: 1.0.0 }
      servers:
        - url: '{scheme}://api.acme.io'
          variables: { scheme: { default: http, enum: [http, https] } }
      paths: {}
      components:
        securitySchemes:
          basic: { $ref: '#/components/securitySchemes/shared' }
          shared: { type: http, scheme: «basic» }
      `,
      errors: [{ messageId: 'cleartext', data: { name: 'basic', url: 'http://api.acme.io' } }],
    },
  ],
});
