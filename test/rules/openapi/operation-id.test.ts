import rule from '../../../server/src/rules/openapi/operation-id';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    swagger: "2.0"
    info: { title: Pets, version: "1" }
    paths:
      /pets:
        get:
          operationId: listPets
          responses: { "200": { description: OK } }
    `,
    `
    {
      "openapi": "3.0.3",
      "info": {"title": "Pets", "version": "1"},
      "paths": {"/pets": {"get": {"operationId": "listPets", "responses": {"200": {"description": "OK"}}}}}
    }`,
    // Wrong types are skipped, never thrown on.
    `
    openapi: 3.1.0
    info: { title: Broken, version: 1.0.0 }
    paths:
      /a: 5
      /b:
        get: null
        put: [1, 2]
    `,
  ],
  invalid: [
    {
      code: `
      openapi: 3.1.0
      info: { title: Orders, version: 1.0.0 }
      paths:
        /orders/{id}/items:
          «get»:
            summary: List the items of an order
            responses:
              '200': { description: OK }
      `,
      errors: [{ messageId: 'missing', data: { method: 'GET', path: '/orders/{id}/items' } }],
      suggestions: [
        `
        openapi: 3.1.0
        info: { title: Orders, version: 1.0.0 }
        paths:
          /orders/{id}/items:
            get:
              summary: List the items of an order
              operationId: getOrdersByIdItems
              responses:
                '200': { description: OK }
        `,
      ],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Orders", "version": "1"},
        "paths": {
          "/order-lines": {
            «"post"»: {
              "responses": {"201": {"description": "Created"}}
            }
          }
        }
      }`,
      errors: [{ messageId: 'missing' }],
      suggestions: [
        `
        {
          "openapi": "3.0.3",
          "info": {"title": "Orders", "version": "1"},
          "paths": {
            "/order-lines": {
              "post": {
                "responses": {"201": {"description": "Created"}},
                "operationId": "postOrderLines"
              }
            }
          }
        }`,
      ],
    },
    // 2.0; an empty operationId is reported without a fix, and a taken name is not proposed again.
    {
      code: `
      swagger: "2.0"
      info: { title: Pets, version: "1" }
      paths:
        /pets:
          «get»:
            operationId: ""
            responses: { "200": { description: OK } }
          «post»:
            responses: { "200": { description: OK } }
          put:
            operationId: postPets
            responses: { "200": { description: OK } }
      `,
      errors: [{ messageId: 'missing' }, { messageId: 'missing' }],
      suggestions: [],
    },
  ],
});
