import rule from '../../../server/src/rules/openapi/post-create-201';
import { runRuleTests } from '../../helpers/rule-tester';

const item = `
    /orders/{id}:
      get:
        parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
        responses: { '200': { description: OK } }`;

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.1.0
    info: { title: Shop, version: 1.0.0 }
    paths:
      /orders:
        post:
          responses:
            '201':
              $ref: '#/components/responses/Created'
      /orders/search:
        post: { responses: { '200': { description: OK } } }
      /imports:
        post: { responses: { '202': { description: Accepted } } }
      /imports/{id}: {}
      ${item.trim()}
    components:
      responses:
        Created:
          description: Created
          headers: { location: { schema: { type: string } } }
    `,
    `
    openapi: 3.0.0
    info: { title: Broken, version: 1.0.0 }
    paths: { /a: { post: { responses: 5 } }, /a/{id}: 3 }
    `,
  ],
  invalid: [
    {
      code: `
      openapi: 3.1.0
      info: { title: Shop, version: 1.0.0 }
      paths:
        /orders:
          post:
            responses:
              «'200'»: { description: OK }
        /customers:
          post:
            responses:
              «'201'»: { description: Created }
        /customers/{id}: {}
        ${item.trim()}
      `,
      errors: [{ messageId: 'no201', data: { path: '/orders' } }, { messageId: 'noLocation', data: { path: '/customers' } }],
    },
    // An API that never answers 201 gets one finding for all its creating POSTs.
    {
      code: `
      swagger: "2.0"
      info: { title: Shop, version: "1" }
      paths:
        /a: { post: { responses: { «"200"»: { description: OK } } } }
        /a/{id}: {}
        /b: { post: { responses: { "200": { description: OK } } } }
        /b/{id}: {}
        /c: { post: { responses: { "200": { description: OK } } } }
        /c/{id}: {}
        /d: { post: { responses: { "200": { description: OK } } } }
        /d/{id}: {}
      `,
      errors: [{ messageId: 'no201Anywhere', data: { path: '/a', count: 3 } }],
    },
    {
      code: `{"openapi": "3.0.3", "info": {"title": "A", "version": "1"}, "paths": {"/a/": {"post": {"responses": {«"200"»: {"description": "OK"}}}}, "/a/{id}": {}}}`,
      errors: [{ messageId: 'no201' }],
    },
  ],
});
