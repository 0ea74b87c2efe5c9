import rule from '../../../server/src/rules/openapi/success-response';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.1.0
    info: { title: Pets, version: 1.0.0 }
    paths:
      /pets:
        get: { responses: { '2XX': { description: OK } } }
        post: { responses: { '303': { description: See other } } }
        put: { responses: { default: { description: Anything } } }
        delete: { responses: {} }
        patch: { responses: 5 }
    `,
  ],
  invalid: [
    {
      code: `
      openapi: 3.1.0
      info: { title: Pets, version: 1.0.0 }
      paths:
        /pets/{id}:
          delete:
            «responses»:
              '404': { description: Not found }
      `,
      errors: [{ messageId: 'missing', data: { method: 'DELETE', path: '/pets/{id}' } }],
    },
    {
      code: `
      swagger: "2.0"
      info: { title: Pets, version: "1" }
      paths:
        /pets:
          post:
            «responses»: { "400": { description: Bad } }
      `,
      errors: [{ messageId: 'missing' }],
    },
    {
      code: `{"openapi": "3.0.3", "info": {"title": "A", "version": "1"}, "paths": {"/a": {"get": {«"responses"»: {"500": {"description": "Oops"}}}}}}`,
      errors: [{ messageId: 'missing' }],
    },
  ],
});
