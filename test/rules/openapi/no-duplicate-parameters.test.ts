import rule from '../../../server/src/rules/openapi/no-duplicate-parameters';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    // An operation parameter may override a path-level one; same name in another location is another parameter.
    `
    openapi: 3.1.0
    info: { title: Orders, version: 1.0.0 }
    paths:
      /orders:
        parameters:
          - { name: limit, in: query, schema: { type: integer } }
        get:
          parameters:
            - { name: limit, in: query, schema: { type: integer, maximum: 50 } }
            - { name: limit, in: header, schema: { type: integer } }
          responses: { '200': { description: OK } }
    `,
    `
    swagger: "2.0"
    info: { title: Upload, version: "1" }
    paths:
      /files:
        post:
          consumes: [multipart/form-data]
          parameters:
            - { name: file, in: formData, type: file }
            - { name: note, in: formData, type: string }
          responses: { "200": { description: OK } }
    `,
    `
    openapi: 3.0.0
    info: { title: Broken, version: 1.0.0 }
    paths:
      /a: { get: { parameters: [1, null, {}, { name: x }] }, parameters: 5 }
    `,
  ],
  invalid: [
    {
      code: `
      openapi: 3.1.0
      info: { title: Orders, version: 1.0.0 }
      paths:
        /orders:
          get:
            parameters:
              - { name: X-Trace, in: header, schema: { type: string } }
              - { name: «x-trace», in: header, schema: { type: string } }
              - $ref: '#/components/parameters/Status'
              - $ref: «'#/components/parameters/Status'»
            responses: { '200': { description: OK } }
      components:
        parameters:
          Status: { name: status, in: query, schema: { type: string } }
      `,
      errors: [{ messageId: 'duplicate', data: { name: 'x-trace', in: 'header' } }, { messageId: 'duplicate', data: { name: 'status', in: 'query' } }],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Orders", "version": "1"},
        "paths": {"/orders": {"parameters": [{"name": "id", "in": "query"}, {"name": «"id"», "in": "query"}]}}
      }`,
      errors: [{ messageId: 'duplicate' }],
    },
    {
      code: `
      swagger: "2.0"
      info: { title: Pets, version: "1" }
      paths:
        /pets:
          post:
            parameters:
              - { name: pet, in: body, schema: { type: object } }
              - { name: «other», in: body, schema: { type: object } }
              - { name: «note», in: formData, type: string }
            responses: { "200": { description: OK } }
      `,
      errors: [{ messageId: 'twoBodies' }, { messageId: 'bodyAndForm' }],
    },
  ],
});
