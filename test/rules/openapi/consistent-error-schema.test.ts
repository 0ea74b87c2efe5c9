import rule from '../../../server/src/rules/openapi/consistent-error-schema';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    // Different schemas for different statuses, and a tie, are not drift.
    `
    openapi: 3.1.0
    info: { title: Shop, version: 1.0.0 }
    paths:
      /a:
        get:
          responses:
            '404': { description: N, content: { application/json: { schema: { $ref: '#/components/schemas/Error' } } } }
            '422': { description: V, content: { application/json: { schema: { $ref: '#/components/schemas/Validation' } } } }
            '500': { description: E, content: { application/json: { schema: { type: object, properties: { a: {} } } }, text/plain: { schema: { type: string } } } }
      /b:
        get:
          responses:
            '500': { description: E, content: { application/json: { schema: { type: object, properties: { b: {} } } } } }
    components:
      schemas:
        Error: { type: object }
        Validation: { type: object }
    `,
    `
    openapi: 3.0.0
    info: { title: Broken, version: 1.0.0 }
    paths: { /a: { get: { responses: { '404': 5, '500': { content: 3 } } } } }
    `,
  ],
  invalid: [
    {
      code: `
      openapi: 3.1.0
      info: { title: Shop, version: 1.0.0 }
      paths:
        /a:
          get:
            responses:
              '404': { $ref: '#/components/responses/NotFound' }
        /b:
          get:
            responses:
              '404': { $ref: '#/components/responses/NotFound' }
        /c:
          get:
            responses:
              '404':
                description: Not found
                content:
                  application/json:
                    schema: «{ type: object, properties: { error: { type: string } } }»
      components:
        responses:
          NotFound:
            description: Not found
            content: { application/problem+json: { schema: { $ref: '#/components/schemas/Problem' } } }
        schemas:
          Problem: { type: object }
      `,
      errors: [{ messageId: 'differs', data: { code: '404', schema: 'an inline object {error}', dominant: '"Problem"' } }],
    },
    {
      code: `
      swagger: "2.0"
      info: { title: Pets, version: "1" }
      paths:
        /a: { get: { responses: { "400": { description: B, schema: { $ref: "#/definitions/Error" } } } } }
        /b: { get: { responses: { "400": { description: B, schema: { $ref: "#/definitions/Error" } } } } }
        /c: { get: { responses: { "400": { description: B, schema: { $ref: «"#/definitions/Oops"» } } } } }
      definitions:
        Error: { type: object }
        Oops: { type: object }
      `,
      errors: [{ messageId: 'differs' }],
    },
    {
      code: `{"openapi": "3.0.3", "info": {"title": "A", "version": "1"}, "paths": {"/a": {"get": {"responses": {"default": {"description": "E", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/E"}}}}}}}, "/b": {"get": {"responses": {"default": {"description": "E", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/E"}}}}}}}, "/c": {"get": {"responses": {"default": {"description": "E", "content": {"application/json": {"schema": {"$ref": «"#/components/schemas/F"»}}}}}}}}, "components": {"schemas": {"E": {}, "F": {}}}}`,
      errors: [{ messageId: 'differs' }],
    },
  ],
});
