import rule from '../../../server/src/rules/openapi/require-string-limits';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.0.3
    info: { title: Files, version: 1.0.0 }
    paths:
      /files/{id}:
        parameters:
          - { name: id, in: path, required: true, schema: { type: string, format: uuid } }
        put:
          parameters:
            - { name: Authorization, in: header, schema: { type: string } }
            - { name: since, in: query, schema: { type: string, format: date-time } }
            - { name: currency, in: query, schema: { type: string, pattern: '^[A-Z]{3}$' } }
            - { name: mode, in: query, schema: { type: string, enum: [fast, safe] } }
          requestBody:
            content:
              application/octet-stream: { schema: { type: string, format: binary } }
              application/json: { schema: { $ref: '#/components/schemas/File' } }
          responses:
            '200':
              description: OK
              content: { application/json: { schema: { $ref: '#/components/schemas/Listing' } } }
    components:
      schemas:
        File:
          type: object
          properties:
            id: { type: string, readOnly: true }
            name: { type: string, maxLength: 200 }
            parent: { $ref: '#/components/schemas/File' }
            title:
              allOf:
                - { $ref: '#/components/schemas/Text' }
                - { maxLength: 80 }
        Text: { type: string }
        Listing:
          type: object
          properties:
            description: { type: string }
    `,
    `
    swagger: "2.0"
    info: { title: Upload, version: "1" }
    paths:
      /upload:
        post:
          consumes: [multipart/form-data]
          parameters:
            - { name: file, in: formData, type: file }
            - { name: note, in: formData, type: string, maxLength: 140 }
            - { name: X-Request-Id, in: header, type: string, format: uuid }
          responses:
            "200": { description: OK, schema: { type: string } }
    `,
    `
    {
      "openapi": "3.1.0",
      "info": {"title": "Tags", "version": "1.0.0"},
      "paths": {
        "/tags": {
          "post": {
            "requestBody": {"content": {"application/json": {"schema": {
              "type": "object",
              "properties": {
                "kind": {"const": "tag", "type": "string"},
                "label": {"type": ["string", "null"], "maxLength": 30},
                "image": {"type": "string", "contentEncoding": "base64"}
              }
            }}}},
            "responses": {"204": {"description": "Done"}}
          }
        }
      }
    }`,
    // Wrong types are skipped, cycles end.
    `
    openapi: 3.0.3
    info: { title: Broken, version: 1.0.0 }
    paths:
      /a:
        post:
          parameters: [5, null, { name: x, in: query, schema: 7 }]
          requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/Loop' } } } }
          responses: {}
      /b:
        post:
          requestBody: [1]
          responses: {}
    components:
      schemas:
        Loop: { $ref: '#/components/schemas/Loop' }
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
              - name: q
                in: query
                «type»: string
              - name: tags
                in: query
                type: array
                items: { «type»: string }
            responses:
              "200": { description: OK }
          post:
            parameters:
              - { name: pet, in: body, schema: { $ref: "#/definitions/Pet" } }
            responses:
              "201": { description: Created }
          put:
            parameters:
              - { name: pet, in: body, schema: { $ref: "#/definitions/Pet" } }
            responses:
              "200": { description: OK }
      definitions:
        Pet:
          type: object
          properties:
            name:
              «type»: string
              minLength: 300
      `,
      errors: [
        { messageId: 'unbounded', data: { what: 'parameter "q"' } },
        { messageId: 'unbounded', data: { what: 'parameter "tags" items' } },
        { messageId: 'unbounded', data: { what: 'property "name"' } },
      ],
      suggestions: [
        `
        swagger: "2.0"
        info: { title: Pets, version: "1" }
        paths:
          /pets:
            get:
              parameters:
                - name: q
                  in: query
                  type: string
                  maxLength: 255
                - name: tags
                  in: query
                  type: array
                  items: { type: string }
              responses:
                "200": { description: OK }
            post:
              parameters:
                - { name: pet, in: body, schema: { $ref: "#/definitions/Pet" } }
              responses:
                "201": { description: Created }
            put:
              parameters:
                - { name: pet, in: body, schema: { $ref: "#/definitions/Pet" } }
              responses:
                "200": { description: OK }
        definitions:
          Pet:
            type: object
            properties:
              name:
                type: string
                minLength: 300
        `,
      ],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Folders", "version": "1.0.0"},
        "paths": {
          "/folders": {
            "post": {
              "requestBody": {"$ref": "#/components/requestBodies/Folder"},
              "responses": {"201": {"description": "Created"}}
            }
          }
        },
        "components": {
          "requestBodies": {
            "Folder": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Folder"}}}}
          },
          "schemas": {
            "Folder": {
              "type": "object",
              "properties": {
                "name": {
                  «"type"»: "string"
                },
                "children": {"type": "array", "items": {"$ref": "#/components/schemas/Folder"}}
              }
            }
          }
        }
      }`,
      errors: [{ messageId: 'unbounded', data: { what: 'property "name"' } }],
      suggestions: [
        `
        {
          "openapi": "3.0.3",
          "info": {"title": "Folders", "version": "1.0.0"},
          "paths": {
            "/folders": {
              "post": {
                "requestBody": {"$ref": "#/components/requestBodies/Folder"},
                "responses": {"201": {"description": "Created"}}
              }
            }
          },
          "components": {
            "requestBodies": {
              "Folder": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Folder"}}}}
            },
            "schemas": {
              "Folder": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 255
                  },
                  "children": {"type": "array", "items": {"$ref": "#/components/schemas/Folder"}}
                }
              }
            }
          }
        }`,
      ],
    },
    {
      code: `
      openapi: 3.1.0
      info: { title: Accounts, version: 1.0.0 }
      paths:
        /accounts:
          post:
            requestBody:
              content:
                application/json:
                  schema:
                    type: object
                    properties:
                      email: { «type»: string, format: email }
                      nickname: { «type»: [string, 'null'], pattern: '^[a-z]+$' }
                      tags:
                        type: object
                        additionalProperties: { $ref: '#/components/schemas/Tag' }
            responses:
              '201': { description: Created }
          get:
            responses:
              '200':
                description: OK
                content: { application/json: { schema: { type: string } } }
      components:
        schemas:
          Tag: { «type»: string }
      `,
      errors: [
        { messageId: 'unbounded', data: { what: 'property "email"' } },
        { messageId: 'unbounded', data: { what: 'property "nickname"' } },
        { messageId: 'unbounded', data: { what: 'schema "Tag"' } },
      ],
      suggestions: [
        `
        openapi: 3.1.0
        info: { title: Accounts, version: 1.0.0 }
        paths:
          /accounts:
            post:
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        email: { type: string, format: email, maxLength: 255 }
                        nickname: { type: [string, 'null'], pattern: '^[a-z]+$' }
                        tags:
                          type: object
                          additionalProperties: { $ref: '#/components/schemas/Tag' }
              responses:
                '201': { description: Created }
            get:
              responses:
                '200':
                  description: OK
                  content: { application/json: { schema: { type: string } } }
        components:
          schemas:
            Tag: { type: string }
        `,
      ],
    },
  ],
});
