import rule from '../../../server/src/rules/openapi/idempotent-methods';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    // Singletons, items, and an item path that has sub-items are not collections.
    `
    openapi: 3.1.0
    info: { title: Shop, version: 1.0.0 }
    paths:
      /user:
        put: { responses: { '200': { description: OK } } }
      /gists/{id}:
        patch: { responses: { '200': { description: OK } } }
      /gists/{id}/{sha}: {}
      /orders:
        get: { responses: { '200': { description: OK } } }
      /orders/{id}:
        delete: { responses: { '204': { description: Deleted } } }
    `,
  ],
  invalid: [
    {
      code: `
      openapi: 3.1.0
      info: { title: Shop, version: 1.0.0 }
      paths:
        /orders:
          «delete»: { responses: { '204': { description: Deleted } } }
          «put»: { responses: { '200': { description: OK } } }
        /orders/{id}: {}
      `,
      errors: [{ messageId: 'bulk', data: { method: 'DELETE', path: '/orders' } }, { messageId: 'bulk', data: { method: 'PUT', path: '/orders' } }],
    },
    {
      code: `
      swagger: "2.0"
      info: { title: Pets, version: "1" }
      paths:
        /pet:
          «put»: { responses: { "200": { description: OK } } }
        /pet/{petId}: {}
      `,
      errors: [{ messageId: 'bulk' }],
    },
    {
      code: `{"openapi": "3.0.3", "info": {"title": "A", "version": "1"}, "paths": {"/a": {«"patch"»: {"responses": {}}}, "/a/{id}": {}}}`,
      errors: [{ messageId: 'bulk' }],
    },
  ],
});
