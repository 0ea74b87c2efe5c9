import rule from '../../../server/src/rules/openapi/unresolved-ref';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    // Local, escaped, cyclic, external-file and remote references; refs inside examples and x- extensions are data.
    {
      code: `
      openapi: 3.1.0
      info: { title: Pets, version: 1.0.0 }
      paths:
        /pets/{id}:
          get:
            responses:
              '200':
                description: OK
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/Pet' }
                    example: { $ref: '#/nowhere' }
              '400': { $ref: 'common.yaml#/components/responses/BadRequest' }
              '500': { $ref: 'https://example.com/errors.yaml#/Error' }
          x-links: { $ref: '#/also/nowhere' }
        /pets:
          $ref: '#/paths/~1pets~1%7Bid%7D'
      components:
        schemas:
          Pet:
            type: object
            properties:
              parent: { $ref: '#/components/schemas/Pet' }
              anchor: { $ref: '#pet-anchor' }
      `,
      files: {
        'common.yaml': `
        components:
          responses:
            BadRequest: { description: Bad request }
        `,
      },
    },
    `
    swagger: "2.0"
    info: { title: Pets, version: "1" }
    paths:
      /pets:
        get:
          responses: { "200": { description: OK, schema: { $ref: "#/definitions/Pet" } } }
    definitions:
      Pet: { type: object, properties: { $ref: { type: string } } }
    `,
    `
    openapi: 3.0.0
    info: { title: Broken, version: 1.0.0 }
    paths: { /a: { $ref: 5 }, /b: { get: { $ref: [1] } } }
    `,
  ],
  invalid: [
    {
      code: `
      openapi: 3.1.0
      info: { title: Pets, version: 1.0.0 }
      paths:
        /pets:
          get:
            responses:
              '200':
                description: OK
                content:
                  application/json:
                    schema: { $ref: «'#/components/schemas/Pets'» }
              '400': { $ref: «'common.yaml#/components/responses/Missing'» }
              '404': { $ref: «'../absent.yaml'» }
      components:
        schemas:
          Pet: { type: object }
      `,
      files: { 'common.yaml': 'components: { responses: { BadRequest: { description: Bad } } }' },
      errors: [
        { messageId: 'missingTarget', data: { ref: '#/components/schemas/Pets', where: 'this file' } },
        { messageId: 'missingTarget', data: { ref: 'common.yaml#/components/responses/Missing', where: '"common.yaml"' } },
        { messageId: 'missingFile', data: { file: '../absent.yaml' } },
      ],
    },
    {
      code: `
      swagger: "2.0"
      info: { title: Pets, version: "1" }
      paths:
        /pets:
          get:
            parameters: [{ $ref: «"#/parameters/limit"» }]
            responses: { "200": { description: OK } }
      parameters:
        Limit: { name: limit, in: query, type: integer }
      `,
      errors: [{ messageId: 'missingTarget' }],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Pets", "version": "1"},
        "paths": {"/pets": {"get": {"responses": {"200": {"$ref": «"#/components/responses/OK"»}}}}}
      }`,
      errors: [{ messageId: 'missingTarget' }],
    },
  ],
});
