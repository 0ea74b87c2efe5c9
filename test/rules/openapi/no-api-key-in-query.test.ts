import rule from '../../../server/src/rules/openapi/no-api-key-in-query';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.0.3
    info: { title: Maps, version: 1.0.0 }
    paths: {}
    components:
      securitySchemes:
        key: { type: apiKey, name: X-API-Key, in: header }
        cookie: { type: apiKey, name: sid, in: cookie }
        broken: { type: apiKey, name: k, in: [query] }
        other: 7
    `,
  ],
  invalid: [
    {
      code: `
      swagger: "2.0"
      info: { title: Rides, version: "1" }
      securityDefinitions:
        server_token:
          type: apiKey
          name: server_token
          in: «query»
      paths: {}
      `,
      errors: [{ messageId: 'query', data: { name: 'server_token' } }],
      suggestions: [
        `
        swagger: "2.0"
        info: { title: Rides, version: "1" }
        securityDefinitions:
          server_token:
            type: apiKey
            name: server_token
            in: header
        paths: {}
        `,
      ],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Maps", "version": "1.0.0"},
        "paths": {},
        "components": {"securitySchemes": {"key": {"type": "apiKey", "name": "key", "in": «"query"»}}}
      }`,
      errors: [{ messageId: 'query', data: { name: 'key' } }],
      suggestions: [
        `
        {
          "openapi": "3.0.3",
          "info": {"title": "Maps", "version": "1.0.0"},
          "paths": {},
          "components": {"securitySchemes": {"key": {"type": "apiKey", "name": "key", "in": "header"}}}
        }`,
      ],
    },
    {
      code: `
      openapi: 3.1.0
      info: { title: Maps, version: 1.0.0 }
      paths: {}
      components:
        securitySchemes:
          key: { type: apiKey, name: api_key, in: «query» }
      `,
      errors: [{ messageId: 'query', data: { name: 'api_key' } }],
    },
  ],
});
