import rule from '../../../server/src/rules/openapi/unused-components';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    // Uses through deep pointers, discriminator mappings (by name and by ref), examples and a self-referencing file ref.
    `
    openapi: 3.1.0
    info: { title: Pets, version: 1.0.0 }
    paths:
      /pets:
        get:
          parameters:
            - $ref: 'openapi.yaml#/components/parameters/Limit'
          responses:
            '200':
              description: OK
              content:
                application/json:
                  schema:
                    oneOf: [{ $ref: '#/components/schemas/Pet/properties/kind' }]
                    discriminator:
                      propertyName: kind
                      mapping: { cat: Cat, dog: '#/components/schemas/Dog' }
                  examples:
                    one: { $ref: '#/components/examples/One' }
    components:
      parameters:
        Limit: { name: limit, in: query, schema: { type: integer } }
      schemas:
        Pet: { type: object, properties: { kind: { type: string } } }
        Cat: { type: object }
        Dog: { type: object }
      examples:
        One: { value: { kind: cat } }
    `,
    // A file with components only is a library for other files.
    `
    openapi: 3.1.0
    info: { title: Shared, version: 1.0.0 }
    components:
      schemas:
        Error: { type: object }
    `,
    `
    openapi: 3.0.0
    info: { title: Broken, version: 1.0.0 }
    paths: { /a: { get: { responses: 5 } } }
    components: { schemas: 7, responses: [1] }
    `,
  ],
  invalid: [
    {
      code: `
      openapi: 3.0.3
      info: { title: Orders, version: 1.0.0 }
      paths:
        /orders:
          get:
            responses:
              '200':
                $ref: '#/components/responses/Orders'
      components:
        responses:
          Orders:
            description: OK
        schemas:
          «LegacyOrder»:
            type: object
            example: { $ref: '#/components/schemas/Order' }
          «Order»:
            type: object
      `,
      errors: [{ messageId: 'unused', data: { name: 'LegacyOrder', section: 'components.schemas' } }, { messageId: 'unused', data: { name: 'Order', section: 'components.schemas' } }],
      suggestions: [
        `
        openapi: 3.0.3
        info: { title: Orders, version: 1.0.0 }
        paths:
          /orders:
            get:
              responses:
                '200':
                  $ref: '#/components/responses/Orders'
        components:
          responses:
            Orders:
              description: OK
          schemas:
            Order:
              type: object
        `,
      ],
    },
    {
      code: `
      swagger: "2.0"
      info: { title: Pets, version: "1" }
      paths:
        /pets:
          get:
            responses:
              "200": { description: OK, schema: { $ref: "#/definitions/Pet" } }
      definitions:
        Pet: { type: object }
        «Toy»: { type: object }
      parameters:
        «Limit»: { name: limit, in: query, type: integer }
      `,
      errors: [{ messageId: 'unused', data: { name: 'Toy', section: 'definitions' } }, { messageId: 'unused', data: { name: 'Limit', section: 'parameters' } }],
    },
    {
      code: `
      {
        "openapi": "3.1.0",
        "info": {"title": "Pets", "version": "1"},
        "paths": {"/pets": {"get": {"responses": {"200": {"description": "OK"}}}}},
        "components": {
          "schemas": {
            «"Pet"»: {"type": "object"}
          },
          "headers": {«"RateLimit"»: {"schema": {"type": "string"}}}
        }
      }`,
      errors: [{ messageId: 'unused' }, { messageId: 'unused', data: { name: 'RateLimit', section: 'components.headers' } }],
      suggestions: [
        `
        {
          "openapi": "3.1.0",
          "info": {"title": "Pets", "version": "1"},
          "paths": {"/pets": {"get": {"responses": {"200": {"description": "OK"}}}}},
          "components": {
            "schemas": {},
            "headers": {"RateLimit": {"schema": {"type": "string"}}}
          }
        }`,
      ],
    },
  ],
});
