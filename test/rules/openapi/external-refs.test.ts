// Schema rules follow `$ref`s into other files of the workspace: a problem in another file is
// reported at the `$ref` that leads there, with a related location at the exact node; a problem
// in a shared component names the operations that use it.
import arrayLimits from '../../../server/src/rules/openapi/array-limits';
import noSensitive from '../../../server/src/rules/openapi/no-sensitive-fields-in-responses';
import readOnly from '../../../server/src/rules/openapi/read-only-server-fields';
import stringLimits from '../../../server/src/rules/openapi/require-string-limits';
import { runRuleTests } from '../../helpers/rule-tester';

const petSchemas = `
components:
  schemas:
    Pet:
      type: object
      properties:
        name:
          type: string
        tag: { type: string, maxLength: 10 }
`;

runRuleTests(stringLimits, {
  valid: [
    // Bounded strings in the other file; a remote ref is never fetched; a missing file is unresolved-ref's.
    {
      code: `
      openapi: 3.0.3
      info: { title: Pets, version: 1.0.0 }
      paths:
        /pets:
          post:
            parameters: [{ $ref: 'https://example.com/common.yaml#/Limit' }, { $ref: 'absent.yaml#/Q' }]
            requestBody:
              content:
                application/json:
                  schema: { $ref: 'schemas.yaml#/components/schemas/Pet' }
            responses: { '201': { description: Created } }
      `,
      files: { 'schemas.yaml': 'components: { schemas: { Pet: { type: object, properties: { tag: { type: string, maxLength: 10 } } } } }' },
    },
  ],
  invalid: [
    {
      // YAML: a request body and a parameter defined in other files, one of them in a parent folder.
      code: `
      openapi: 3.0.3
      info: { title: Pets, version: 1.0.0 }
      paths:
        /pets:
          post:
            parameters:
              - $ref: «'../common.yaml#/Query'»
            requestBody:
              content:
                application/json:
                  schema: { $ref: «'schemas.yaml#/components/schemas/Pet'» }
            responses: { '201': { description: Created } }
      `,
      files: { 'schemas.yaml': petSchemas, '../common.yaml': 'Query: { name: q, in: query, schema: { type: string } }\n' },
      errors: [
        { messageId: 'unbounded', data: { what: 'parameter "q"' }, related: ['/common.yaml:1:40'] },
        { messageId: 'unbounded', data: { what: 'property "name"' }, related: ['schemas.yaml:7:11'] },
      ],
    },
    {
      // JSON: a whole file is the schema; its own local refs resolve in it, not in the document.
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Pets", "version": "1"},
        "paths": {"/pets": {"post": {
          "requestBody": {"content": {"application/json": {"schema": {"$ref": «"./schemas/pet.json"»}}}},
          "responses": {"201": {"description": "Created"}}
        }}}
      }`,
      files: { 'schemas/pet.json': '{"type": "object", "properties": {"owner": {"$ref": "#/definitions/Owner"}}, "definitions": {"Owner": {"type": "object", "properties": {"nick": {"type": "string"}}}}}' },
      errors: [{ messageId: 'unbounded', data: { what: 'property "nick"' }, related: ['schemas/pet.json:1:146'] }],
    },
    {
      // A shared component: the finding stays where it is written and names the operations that use it.
      code: `
      openapi: 3.0.3
      info: { title: Pets, version: 1.0.0 }
      paths:
        /pets:
          post:
            requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/Owner' } } } }
            responses: { '201': { description: Created } }
        /pets/{id}:
          put:
            requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
            responses: { '200': { description: OK } }
      components:
        schemas:
          Owner: { type: object, properties: { pet: { $ref: '#/components/schemas/Pet' } } }
          Pet: { type: object, properties: { name: { «type»: string } } }
      `,
      errors: [{ messageId: 'unbounded', data: { what: 'property "name"' }, related: ['openapi.yaml:5:5', 'openapi.yaml:9:5'] }],
      suggestions: [
        `
        openapi: 3.0.3
        info: { title: Pets, version: 1.0.0 }
        paths:
          /pets:
            post:
              requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/Owner' } } } }
              responses: { '201': { description: Created } }
          /pets/{id}:
            put:
              requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
              responses: { '200': { description: OK } }
        components:
          schemas:
            Owner: { type: object, properties: { pet: { $ref: '#/components/schemas/Pet' } } }
            Pet: { type: object, properties: { name: { type: string, maxLength: 255 } } }
        `,
      ],
    },
  ],
});

runRuleTests(arrayLimits, {
  valid: [],
  invalid: [
    {
      // Two problems behind one ref with the same message are one finding with both places.
      code: `
      openapi: 3.0.3
      info: { title: Pets, version: 1.0.0 }
      paths:
        /pets:
          post:
            requestBody: { content: { application/json: { schema: { $ref: «'batch.yaml#/Batch'» } } } }
            responses: { '201': { description: Created } }
      `,
      files: { 'batch.yaml': 'Batch:\n  type: object\n  properties:\n    pets: { type: array, items: { $ref: "#/Inner" } }\nInner:\n  type: object\n  properties:\n    pets: { type: array, items: { type: string } }\n    tags: { type: array, maxItems: 5, items: { type: string } }\n' },
      errors: [{ messageId: 'unbounded', data: { what: 'property "pets"' }, related: ['batch.yaml:4:13', 'batch.yaml:8:13'] }],
    },
  ],
});

runRuleTests(noSensitive, {
  valid: [],
  invalid: [
    {
      code: `
      openapi: 3.0.3
      info: { title: Users, version: 1.0.0 }
      paths:
        /users/{id}:
          get:
            responses:
              '200': { $ref: «'responses.yaml#/UserResponse'» }
      `,
      files: {
        'responses.yaml': `
        UserResponse:
          description: OK
          content:
            application/json:
              schema: { $ref: 'models.yaml#/User' }
        `,
        'models.yaml': 'User:\n  type: object\n  properties:\n    password: { type: string }\n',
      },
      errors: [{ messageId: 'exposed', data: { name: 'password', what: 'schema "User"' }, related: ['models.yaml:4:5'] }],
    },
  ],
});

runRuleTests(readOnly, {
  valid: [],
  invalid: [
    {
      code: `
      openapi: 3.0.3
      info: { title: Pets, version: 1.0.0 }
      paths:
        /pets:
          post:
            requestBody: { content: { application/json: { schema: { $ref: «'models.yaml#/components/schemas/Pet'» } } } }
            responses:
              '201': { description: Created, content: { application/json: { schema: { $ref: 'models.yaml#/components/schemas/Pet' } } } }
      `,
      files: { 'models.yaml': 'components:\n  schemas:\n    Pet:\n      type: object\n      properties:\n        id: { type: string }\n' },
      errors: [{ messageId: 'writable', data: { name: 'id', what: 'schema "Pet"' }, related: ['models.yaml:6:9'] }],
    },
  ],
});
