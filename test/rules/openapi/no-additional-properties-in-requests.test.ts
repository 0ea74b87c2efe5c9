import rule from '../../../server/src/rules/openapi/no-additional-properties-in-requests';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.0.3
    info: { title: Users, version: 1.0.0 }
    paths:
      /users:
        post:
          requestBody:
            content:
              application/json:
                schema:
                  type: object
                  additionalProperties: false
                  properties:
                    name: { type: string }
                    labels: { type: object, additionalProperties: { type: string } }
                    meta: { type: object, additionalProperties: true, properties: { a: { type: string } } }
                    audit: { type: object, readOnly: true, properties: { by: { type: string } } }
          responses:
            '201':
              description: Created
              content: { application/json: { schema: { type: object, properties: { id: { type: string } } } } }
      /pets:
        post:
          requestBody:
            content: { application/json: { schema: { $ref: '#/components/schemas/Dog' } } }
          responses: { '201': { description: Created } }
    components:
      schemas:
        Pet:
          type: object
          discriminator: { propertyName: kind }
          properties: { kind: { type: string } }
        Dog:
          allOf:
            - $ref: '#/components/schemas/Pet'
            - type: object
              properties: { barks: { type: boolean } }
    `,
    `
    openapi: 3.0.3
    info: { title: Broken, version: 1.0.0 }
    paths:
      /a:
        post:
          requestBody: { content: { application/json: { schema: { properties: 5 } } } }
          responses: {}
      /b:
        post:
          requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/Loop' } } } }
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
          post:
            parameters:
              - { name: pet, in: body, schema: { $ref: "#/definitions/NewPet" } }
            responses: { "201": { description: Created } }
      definitions:
        NewPet:
          «type»: object
          properties:
            name: { type: string }
      `,
      errors: [{ messageId: 'open', data: { what: 'schema "NewPet"', keyword: 'additionalProperties' } }],
      suggestions: [
        `
        swagger: "2.0"
        info: { title: Pets, version: "1" }
        paths:
          /pets:
            post:
              parameters:
                - { name: pet, in: body, schema: { $ref: "#/definitions/NewPet" } }
              responses: { "201": { description: Created } }
        definitions:
          NewPet:
            type: object
            properties:
              name: { type: string }
            additionalProperties: false
        `,
      ],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Users", "version": "1.0.0"},
        "paths": {
          "/users": {
            "put": {
              "requestBody": {"content": {"application/json": {"schema": {
                «"properties"»: {"email": {"type": "string"}}
              }}}},
              "responses": {"200": {"description": "OK"}}
            }
          }
        }
      }`,
      errors: [{ messageId: 'open', data: { what: 'request body', keyword: 'additionalProperties' } }],
      suggestions: [
        `
        {
          "openapi": "3.0.3",
          "info": {"title": "Users", "version": "1.0.0"},
          "paths": {
            "/users": {
              "put": {
                "requestBody": {"content": {"application/json": {"schema": {
                  "properties": {"email": {"type": "string"}},
                  "additionalProperties": false
                }}}},
                "responses": {"200": {"description": "OK"}}
              }
            }
          }
        }`,
      ],
    },
    {
      // 3.1 closes a composed schema with unevaluatedProperties, which sees the members' properties.
      code: `
      openapi: 3.1.0
      info: { title: Users, version: 1.0.0 }
      paths:
        /users:
          post:
            requestBody:
              content:
                application/json:
                  schema:
                    «type»: object
                    allOf:
                      - $ref: '#/components/schemas/Base'
                    properties:
                      email: { type: string }
            responses: { '201': { description: Created } }
      components:
        schemas:
          Base:
            type: object
            properties:
              name: { type: string }
      `,
      errors: [{ messageId: 'open', data: { what: 'request body', keyword: 'unevaluatedProperties' } }],
      suggestions: [
        `
        openapi: 3.1.0
        info: { title: Users, version: 1.0.0 }
        paths:
          /users:
            post:
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      allOf:
                        - $ref: '#/components/schemas/Base'
                      properties:
                        email: { type: string }
                      unevaluatedProperties: false
              responses: { '201': { description: Created } }
        components:
          schemas:
            Base:
              type: object
              properties:
                name: { type: string }
        `,
      ],
    },
    {
      code: `
      openapi: 3.0.3
      info: { title: Users, version: 1.0.0 }
      «paths»:
        /users:
          post:
            requestBody:
              content:
                application/json:
                  schema:
                    type: object
                    properties:
                      address: { type: object, properties: { city: { type: string } } }
            responses: { '201': { description: Created } }
      `,
      options: { summarizeAbove: 1 },
      errors: [{ messageId: 'summary', data: { count: 2, what: 'request body' } }],
    },
  ],
});
