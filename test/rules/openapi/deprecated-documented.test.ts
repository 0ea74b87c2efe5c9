import rule from '../../../server/src/rules/openapi/deprecated-documented';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.0.3
    info: { title: Orders, version: 1.0.0 }
    paths:
      /a:
        get:
          deprecated: true
          description: Use GET /b instead.
          responses: {}
      /b:
        get:
          deprecated: true
          x-sunset: '2026-01-01'
          responses: {}
      /c:
        get:
          deprecated: true
          responses:
            '200':
              description: OK
              headers: { Sunset: { schema: { type: string } } }
      /d:
        get:
          deprecated: false
          parameters:
            - { name: q, in: query, deprecated: true, description: Replaced by filter. }
          responses: {}
    `,
    `
    openapi: 3.1.0
    info: { title: Broken, version: 1.0.0 }
    paths:
      /a: { get: { deprecated: 'yes', parameters: [1, { deprecated: [] }], responses: 5 } }
    `,
  ],
  invalid: [
    {
      code: `
      swagger: "2.0"
      info: { title: Cards, version: "1" }
      paths:
        /cards:
          get:
            «deprecated»: true
            description: Lists the cards of a customer.
            parameters:
              - { name: q, in: query, type: string, «deprecated»: true }
            responses: { "200": { description: OK } }
      `,
      errors: [
        { messageId: 'operation', data: { operation: 'GET /cards' } },
        { messageId: 'parameter', data: { name: 'q' } },
      ],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Cards", "version": "1.0.0"},
        "paths": {"/cards": {"get": {«"deprecated"»: true, "summary": "List cards", "responses": {"200": {"description": "OK"}}}}}
      }`,
      errors: [{ messageId: 'operation', data: { operation: 'GET /cards' } }],
    },
    {
      code: `
      openapi: 3.1.0
      info: { title: Cards, version: 1.0.0 }
      paths:
        /cards:
          parameters:
            - $ref: '#/components/parameters/Q'
          get:
            responses: { '200': { description: OK } }
          post:
            responses: { '200': { description: OK } }
      components:
        parameters:
          Q: { name: q, in: query, «deprecated»: true, schema: { type: string } }
      `,
      errors: [{ messageId: 'parameter', data: { name: 'q' } }],
    },
  ],
});
