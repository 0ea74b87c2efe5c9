import rule from '../../../server/src/rules/openapi/resource-nouns';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    // Controller actions no method expresses, nouns that start like verbs, `list` alone, add-ons.
    `
    openapi: 3.1.0
    info: { title: Shop, version: 1.0.0 }
    paths:
      /login: { post: { responses: { '200': { description: OK } } } }
      /orders/search: { post: { responses: { '200': { description: OK } } } }
      /payments/{id}/capture: { post: { responses: { '200': { description: OK } } } }
      /settings: { get: { responses: { '200': { description: OK } } } }
      /addresses: { get: { responses: { '200': { description: OK } } } }
      /updates: { get: { responses: { '200': { description: OK } } } }
      /lists/{id}/list: { get: { responses: { '200': { description: OK } } } }
      /add-ons: { get: { responses: { '200': { description: OK } } } }
      /getUser: {}
    `,
    `
    openapi: 3.0.0
    info: { title: Broken, version: 1.0.0 }
    paths: { /createThing: 5, /a: [1] }
    `,
  ],
  invalid: [
    {
      code: `
      openapi: 3.1.0
      info: { title: Shop, version: 1.0.0 }
      paths:
        /v1/«getUser»/{id}:
          get: { responses: { '200': { description: OK } } }
        /orders/{id}/«delete»:
          post: { responses: { '200': { description: OK } } }
        '/tasks/{id}/«addFollowers»':
          post: { responses: { '200': { description: OK } } }
      `,
      errors: [
        { messageId: 'verb', data: { segment: 'getUser', verb: 'get', methods: 'GET' } },
        { messageId: 'verb', data: { segment: 'delete', verb: 'delete', methods: 'POST' } },
        { messageId: 'verb', data: { segment: 'addFollowers', verb: 'add', methods: 'POST' } },
      ],
    },
    {
      code: `
      swagger: "2.0"
      info: { title: Shop, version: "1" }
      paths:
        /«create_order»:
          post: { responses: { "200": { description: OK } } }
          put: { responses: { "200": { description: OK } } }
      `,
      errors: [{ messageId: 'verb', data: { segment: 'create_order', verb: 'create', methods: 'POST/PUT' } }],
    },
    {
      code: `{"openapi": "3.0.3", "info": {"title": "A", "version": "1"}, "paths": {"/users/«update-email»": {"post": {"responses": {}}}}}`,
      errors: [{ messageId: 'verb' }],
    },
  ],
});
