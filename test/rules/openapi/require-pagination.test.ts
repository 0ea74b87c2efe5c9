import rule from '../../../server/src/rules/openapi/require-pagination';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.0.3
    info: { title: Pets, version: 1.0.0 }
    paths:
      /pets:
        get:
          parameters:
            - { name: limit, in: query, schema: { type: integer, maximum: 100 } }
            - { name: cursor, in: query, schema: { type: string, maxLength: 100 } }
          responses:
            '200':
              description: OK
              content: { application/json: { schema: { type: array, items: { type: object } } } }
    `,
    `
    swagger: "2.0"
    info: { title: Pets, version: "1" }
    paths:
      /pets:
        get:
          parameters:
            - { name: page, in: query, type: integer }
            - { name: per_page, in: query, type: integer, maximum: 100 }
          responses:
            "200": { description: OK, schema: { type: array, items: { type: string, maxLength: 9 } } }
    `,
    // An item path returning an object that holds a list is still one item.
    `
    openapi: 3.1.0
    info: { title: Users, version: 1.0.0 }
    paths:
      /users/{id}:
        parameters: [{ name: id, in: path, required: true, schema: { type: integer } }]
        get:
          responses:
            '200':
              description: OK
              content:
                application/json:
                  schema: { type: object, properties: { items: { type: array, items: { type: object } } } }
    `,
    // Bounded by maxItems, paged through a `next` link, or through a Link header.
    `
    openapi: 3.0.3
    info: { title: Misc, version: 1.0.0 }
    paths:
      /colours:
        get:
          responses:
            '200': { description: OK, content: { application/json: { schema: { type: array, maxItems: 12, items: { type: string } } } } }
      /events:
        get:
          responses:
            '200':
              description: OK
              content:
                application/json:
                  schema:
                    allOf:
                      - { $ref: '#/components/schemas/Page' }
                      - { type: object, properties: { data: { type: array, items: { type: object } } } }
      /logs:
        get:
          responses:
            '200':
              description: OK
              headers: { Link: { schema: { type: string } } }
              content: { application/json: { schema: { type: array, items: { type: object } } } }
      /pets:
        post:
          responses:
            '200': { description: OK, content: { application/json: { schema: { type: array, items: { type: object } } } } }
    components:
      schemas:
        Page: { type: object, properties: { next: { type: string, format: uri } } }
    `,
    // Cycles through $ref and allOf end; wrong types are skipped.
    `
    openapi: 3.0.3
    info: { title: Cycles, version: 1.0.0 }
    paths:
      /loop:
        get:
          responses:
            '200': { description: OK, content: { application/json: { schema: { $ref: '#/components/schemas/Loop' } } } }
      /tree:
        get:
          responses:
            '200': { description: OK, content: { application/json: { schema: { $ref: '#/components/schemas/A' } } } }
      /broken:
        get:
          parameters: 5
          responses:
            '200': { content: [1, 2] }
            '201': null
      /worse:
        get:
          responses: 7
    components:
      schemas:
        Loop: { $ref: '#/components/schemas/Loop' }
        A: { allOf: [{ $ref: '#/components/schemas/B' }] }
        B: { allOf: [{ $ref: '#/components/schemas/A' }], properties: { count: { type: integer } } }
    `,
  ],
  invalid: [
    {
      code: `
      swagger: "2.0"
      info: { title: Pets, version: "1" }
      paths:
        /pets:
          «get»:
            parameters:
              - name: tag
                in: query
                type: string
                enum: [cat, dog]
            responses:
              "200":
                description: OK
                schema:
                  type: array
                  items: { $ref: "#/definitions/Pet" }
      definitions:
        Pet:
          type: object
          properties:
            id: { type: integer }
      `,
      errors: [{ messageId: 'missing', data: { path: '/pets' } }],
      suggestions: [
        `
        swagger: "2.0"
        info: { title: Pets, version: "1" }
        paths:
          /pets:
            get:
              parameters:
                - name: tag
                  in: query
                  type: string
                  enum: [cat, dog]
                - name: limit
                  in: query
                  description: Maximum number of items to return.
                  type: integer
                  minimum: 1
                  maximum: 100
                  default: 20
                - name: cursor
                  in: query
                  description: Opaque cursor from the previous page; omit it for the first page.
                  type: string
                  maxLength: 255
              responses:
                "200":
                  description: OK
                  schema:
                    type: array
                    items: { $ref: "#/definitions/Pet" }
        definitions:
          Pet:
            type: object
            properties:
              id: { type: integer }
        `,
      ],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Pets", "version": "1.0.0"},
        "paths": {
          "/pets": {
            «"get"»: {
              "operationId": "listPets",
              "responses": {
                "200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pets"}}}}
              }
            }
          },
          "/owners": {
            «"get"»: {
              "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object", "properties": {"owners": {"type": "array", "items": {"type": "object"}}}}}}}}
            }
          }
        },
        "components": {"schemas": {"Pets": {"type": "array", "items": {"type": "object"}}}}
      }`,
      errors: [{ messageId: 'missing', data: { path: '/pets' } }, { messageId: 'missing', data: { path: '/owners' } }],
      suggestions: [
        `
        {
          "openapi": "3.0.3",
          "info": {"title": "Pets", "version": "1.0.0"},
          "paths": {
            "/pets": {
              "get": {
                "operationId": "listPets",
                "parameters": [
                  {
                    "name": "limit",
                    "in": "query",
                    "description": "Maximum number of items to return.",
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 100,
                      "default": 20
                    }
                  },
                  {
                    "name": "cursor",
                    "in": "query",
                    "description": "Opaque cursor from the previous page; omit it for the first page.",
                    "schema": {
                      "type": "string",
                      "maxLength": 255
                    }
                  }
                ],
                "responses": {
                  "200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pets"}}}}
                }
              }
            },
            "/owners": {
              "get": {
                "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object", "properties": {"owners": {"type": "array", "items": {"type": "object"}}}}}}}}
              }
            }
          },
          "components": {"schemas": {"Pets": {"type": "array", "items": {"type": "object"}}}}
        }`,
      ],
    },
    {
      // Appending to an existing JSON list.
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Owners", "version": "1.0.0"},
        "paths": {
          "/owners": {
            «"get"»: {
              "parameters": [
                {"name": "q", "in": "query", "schema": {"type": "string", "maxLength": 50}}
              ],
              "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object", "properties": {"results": {"type": "array", "items": {"type": "object"}}}}}}}}
            }
          }
        }
      }`,
      errors: [{ messageId: 'missing' }],
      suggestions: [
        `
        {
          "openapi": "3.0.3",
          "info": {"title": "Owners", "version": "1.0.0"},
          "paths": {
            "/owners": {
              "get": {
                "parameters": [
                  {"name": "q", "in": "query", "schema": {"type": "string", "maxLength": 50}},
                  {
                    "name": "limit",
                    "in": "query",
                    "description": "Maximum number of items to return.",
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 100,
                      "default": 20
                    }
                  },
                  {
                    "name": "cursor",
                    "in": "query",
                    "description": "Opaque cursor from the previous page; omit it for the first page.",
                    "schema": {
                      "type": "string",
                      "maxLength": 255
                    }
                  }
                ],
                "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object", "properties": {"results": {"type": "array", "items": {"type": "object"}}}}}}}}
              }
            }
          }
        }`,
      ],
    },
    {
      // 3.1: a type list, an empty flow list to fill, and page sizes without a maximum.
      code: `
      openapi: 3.1.0
      info: { title: Orders, version: 1.0.0 }
      paths:
        /orders:
          «get»:
            parameters: []
            responses:
              '200':
                description: OK
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        orders: { type: [array, 'null'], items: { type: object } }
        /invoices:
          get:
            parameters:
              - name: «limit»
                in: query
                schema: { type: integer, minimum: 1 }
              - { name: «page_size», in: header, schema: { type: integer, default: 500 } }
            responses:
              '200':
                description: OK
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        data:
                          type: array
                          items: { type: object }
      `,
      errors: [
        { messageId: 'missing', data: { path: '/orders' } },
        { messageId: 'noMaximum', data: { name: 'limit' } },
        { messageId: 'noMaximum', data: { name: 'page_size' } },
      ],
      suggestions: [
        `
        openapi: 3.1.0
        info: { title: Orders, version: 1.0.0 }
        paths:
          /orders:
            get:
              parameters:
                - name: limit
                  in: query
                  description: Maximum number of items to return.
                  schema:
                    type: integer
                    minimum: 1
                    maximum: 100
                    default: 20
                - name: cursor
                  in: query
                  description: Opaque cursor from the previous page; omit it for the first page.
                  schema:
                    type: string
                    maxLength: 255
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          orders: { type: [array, 'null'], items: { type: object } }
          /invoices:
            get:
              parameters:
                - name: limit
                  in: query
                  schema: { type: integer, minimum: 1 }
                - { name: page_size, in: header, schema: { type: integer, default: 500 } }
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          data:
                            type: array
                            items: { type: object }
        `,
      ],
    },
    {
      code: `
      openapi: 3.0.3
      info: { title: Invoices, version: 1.0.0 }
      paths:
        /invoices:
          get:
            parameters:
              - name: «limit»
                in: query
                schema:
                  type: integer
                  minimum: 1
                  default: 25
            responses:
              '200':
                description: OK
                content: { application/json: { schema: { type: array, items: { type: object } } } }
      `,
      errors: [{ messageId: 'noMaximum' }],
      suggestions: [
        `
        openapi: 3.0.3
        info: { title: Invoices, version: 1.0.0 }
        paths:
          /invoices:
            get:
              parameters:
                - name: limit
                  in: query
                  schema:
                    type: integer
                    minimum: 1
                    maximum: 100
                    default: 25
              responses:
                '200':
                  description: OK
                  content: { application/json: { schema: { type: array, items: { type: object } } } }
        `,
      ],
    },
    {
      // 2.0 JSON: the parameter is its own schema, and the fix writes JSON.
      code: `
      {
        "swagger": "2.0",
        "info": {"title": "Pets", "version": "1"},
        "paths": {
          "/pets": {
            "get": {
              "parameters": [
                {
                  "name": «"per_page"»,
                  "in": "query",
                  "type": "integer"
                }
              ],
              "responses": {"200": {"description": "OK", "schema": {"type": "array", "items": {"type": "object"}}}}
            }
          }
        }
      }`,
      errors: [{ messageId: 'noMaximum', data: { name: 'per_page' } }],
      suggestions: [
        `
        {
          "swagger": "2.0",
          "info": {"title": "Pets", "version": "1"},
          "paths": {
            "/pets": {
              "get": {
                "parameters": [
                  {
                    "name": "per_page",
                    "in": "query",
                    "type": "integer",
                    "maximum": 100
                  }
                ],
                "responses": {"200": {"description": "OK", "schema": {"type": "array", "items": {"type": "object"}}}}
              }
            }
          }
        }`,
      ],
    },
    {
      // Flow YAML lists take flow items; an indentless block list keeps its column.
      code: `
      openapi: 3.0.3
      info: { title: Orders, version: 1.0.0 }
      paths:
        /orders:
          «get»:
            parameters: [{ name: q, in: query, schema: { type: string, maxLength: 9 } }]
            responses:
              '200': { description: OK, content: { application/json: { schema: { type: array, items: { type: object } } } } }
      `,
      errors: [{ messageId: 'missing' }],
      suggestions: [
        `
        openapi: 3.0.3
        info: { title: Orders, version: 1.0.0 }
        paths:
          /orders:
            get:
              parameters: [{ name: q, in: query, schema: { type: string, maxLength: 9 } }, { name: limit, in: query, description: Maximum number of items to return., schema: { type: integer, minimum: 1, maximum: 100, default: 20 } }, { name: cursor, in: query, description: Opaque cursor from the previous page; omit it for the first page., schema: { type: string, maxLength: 255 } }]
              responses:
                '200': { description: OK, content: { application/json: { schema: { type: array, items: { type: object } } } } }
        `,
      ],
    },
    {
      code: `
      openapi: 3.0.3
      info: { title: Things, version: 1.0.0 }
      paths:
        /things:
          «get»:
            parameters:
            - name: q
              in: query
              schema: { type: string, maxLength: 9 }
            responses:
              '200': { description: OK, content: { application/json: { schema: { type: array, items: { type: object } } } } }
      `,
      errors: [{ messageId: 'missing' }],
      suggestions: [
        `
        openapi: 3.0.3
        info: { title: Things, version: 1.0.0 }
        paths:
          /things:
            get:
              parameters:
              - name: q
                in: query
                schema: { type: string, maxLength: 9 }
              - name: limit
                in: query
                description: Maximum number of items to return.
                schema:
                  type: integer
                  minimum: 1
                  maximum: 100
                  default: 20
              - name: cursor
                in: query
                description: Opaque cursor from the previous page; omit it for the first page.
                schema:
                  type: string
                  maxLength: 255
              responses:
                '200': { description: OK, content: { application/json: { schema: { type: array, items: { type: object } } } } }
        `,
      ],
    },
  ],
});
