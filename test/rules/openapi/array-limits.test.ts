import rule from '../../../server/src/rules/openapi/array-limits';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.0.3
    info: { title: Tags, version: 1.0.0 }
    paths:
      /tags:
        post:
          parameters:
            - { name: ids, in: query, schema: { type: array, maxItems: 50, items: { type: string } } }
          requestBody:
            content:
              application/json:
                schema:
                  type: object
                  properties:
                    tags: { type: array, maxItems: 20, items: { type: string } }
                    colors: { type: array, enum: [[red], [blue]] }
                    history: { type: array, readOnly: true, items: { type: string } }
                    bounded:
                      allOf:
                        - $ref: '#/components/schemas/List'
                        - maxItems: 10
          responses:
            '200':
              description: OK
              content: { application/json: { schema: { type: array, items: { type: string } } } }
    components:
      schemas:
        List: { type: array, items: { type: string } }
    `,
    `
    openapi: 3.1.0
    info: { title: Broken, version: 1.0.0 }
    paths:
      /a:
        post:
          parameters: [{ name: x, in: query, schema: [] }]
          requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/Loop' } } } }
          responses: {}
    components:
      schemas:
        Loop: { type: object, properties: { next: { $ref: '#/components/schemas/Loop' } } }
    `,
  ],
  invalid: [
    {
      code: `
      swagger: "2.0"
      info: { title: Pets, version: "1" }
      paths:
        /pets:
          get:
            parameters:
              - name: tags
                in: query
                «type»: array
                collectionFormat: csv
                items: { type: string, maxLength: 20 }
            responses: { "200": { description: OK } }
      `,
      errors: [{ messageId: 'unbounded', data: { what: 'parameter "tags"' } }],
      suggestions: [
        `
        swagger: "2.0"
        info: { title: Pets, version: "1" }
        paths:
          /pets:
            get:
              parameters:
                - name: tags
                  in: query
                  type: array
                  collectionFormat: csv
                  items: { type: string, maxLength: 20 }
                  maxItems: 100
              responses: { "200": { description: OK } }
        `,
      ],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Batch", "version": "1.0.0"},
        "paths": {
          "/batch": {
            "post": {
              "requestBody": {"content": {"application/json": {"schema": {
                «"type"»: "array",
                "minItems": 150,
                "items": {"type": "integer", "maximum": 10}
              }}}},
              "responses": {"204": {"description": "Done"}}
            }
          }
        }
      }`,
      errors: [{ messageId: 'unbounded', data: { what: 'request body' } }],
      suggestions: [
        `
        {
          "openapi": "3.0.3",
          "info": {"title": "Batch", "version": "1.0.0"},
          "paths": {
            "/batch": {
              "post": {
                "requestBody": {"content": {"application/json": {"schema": {
                  "type": "array",
                  "minItems": 150,
                  "items": {"type": "integer", "maximum": 10},
                  "maxItems": 150
                }}}},
                "responses": {"204": {"description": "Done"}}
              }
            }
          }
        }`,
      ],
    },
    {
      code: `
      openapi: 3.1.0
      info: { title: Tags, version: 1.0.0 }
      «paths»:
        /tags:
          put:
            requestBody:
              content:
                application/json:
                  schema:
                    type: object
                    properties:
                      add: { type: [array, 'null'], items: { type: string, maxLength: 9 } }
                      remove: { type: array, items: { type: string, maxLength: 9 } }
            responses: { '204': { description: Done } }
      `,
      options: { summarizeAbove: 1 },
      errors: [{ messageId: 'summary', data: { count: 2, what: 'property "add"' } }],
    },
  ],
});
