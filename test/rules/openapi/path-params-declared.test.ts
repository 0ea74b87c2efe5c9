import rule from '../../../server/src/rules/openapi/path-params-declared';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.1.0
    info: { title: Orders, version: 1.0.0 }
    paths:
      /orders/{orderId}/items/{itemId}:
        parameters:
          - $ref: '#/components/parameters/OrderId'
        get:
          parameters:
            - { name: itemId, in: path, required: true, schema: { type: string } }
          responses: { '200': { description: OK } }
      /health: {}
    components:
      parameters:
        OrderId: { name: orderId, in: path, required: true, schema: { type: string } }
    `,
    `
    swagger: "2.0"
    info: { title: Pets, version: "1" }
    paths:
      /pets/{id}:
        get:
          parameters:
            - { name: id, in: path, required: true, type: string }
          responses: { "200": { description: OK } }
    `,
    `
    openapi: 3.0.0
    info: { title: Broken, version: 1.0.0 }
    paths:
      /a/{x}: 5
      /b: { get: { parameters: 7 }, parameters: [1, null, { in: path }] }
    `,
  ],
  invalid: [
    // Missing required: the safe fix adds it next to `in`; the operation that lacks the parameter is named.
    {
      code: `
      openapi: 3.1.0
      info: { title: Orders, version: 1.0.0 }
      paths:
        /orders/{orderId}:
          get:
            parameters:
              - name: «orderId»
                in: path
                schema: { type: string }
            responses: { '200': { description: OK } }
          «delete»:
            responses: { '204': { description: Deleted } }
      `,
      errors: [
        { messageId: 'notRequired', data: { name: 'orderId' } },
        { messageId: 'undeclaredFor', data: { name: 'orderId', path: '/orders/{orderId}', method: 'DELETE' } },
      ],
      output: `
      openapi: 3.1.0
      info: { title: Orders, version: 1.0.0 }
      paths:
        /orders/{orderId}:
          get:
            parameters:
              - name: orderId
                in: path
                required: true
                schema: { type: string }
            responses: { '200': { description: OK } }
          delete:
            responses: { '204': { description: Deleted } }
      `,
    },
    // JSON: required: false becomes true; a parameter not in the path and an undeclared template.
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Orders", "version": "1"},
        "paths": {
          «"/orders/{orderId}"»: {
            "get": {
              "parameters": [
                {"name": «"id"», "in": "path", «"required"»: false, "schema": {"type": "string"}}
              ],
              "responses": {"200": {"description": "OK"}}
            }
          }
        }
      }`,
      errors: [{ messageId: 'undeclared' }, { messageId: 'notInPath', data: { name: 'id', path: '/orders/{orderId}' } }, { messageId: 'notRequired' }],
      output: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Orders", "version": "1"},
        "paths": {
          "/orders/{orderId}": {
            "get": {
              "parameters": [
                {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}
              ],
              "responses": {"200": {"description": "OK"}}
            }
          }
        }
      }`,
    },
    // 2.0: a component parameter is reported at the reference.
    {
      code: `
      swagger: "2.0"
      info: { title: Pets, version: "1" }
      paths:
        /pets/{pet}/toys:
          get:
            parameters:
              - { name: pet, in: path, required: true, type: string }
              - $ref: «'#/parameters/Owner'»
            responses: { "200": { description: OK } }
      parameters:
        Owner: { name: owner, in: path, required: true, type: string }
      `,
      errors: [{ messageId: 'notInPath', data: { name: 'owner', path: '/pets/{pet}/toys' } }],
    },
    {
      code: `
      swagger: "2.0"
      info: { title: Pets, version: "1" }
      paths:
        «/pets/{}/toys»: {}
        «/pets/{toy}/{toy}»: {}
      `,
      errors: [{ messageId: 'empty' }, { messageId: 'repeated', data: { path: '/pets/{toy}/{toy}', name: 'toy' } }],
    },
  ],
});
