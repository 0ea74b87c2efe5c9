import rule from '../../../server/src/rules/openapi/operation-id-unique';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.1.0
    info: { title: Users, version: 1.0.0 }
    paths:
      /users:
        get: { operationId: listUsers, responses: { '200': { description: OK } } }
        post: { operationId: createUser, responses: { '201': { description: Created } } }
      /people:
        $ref: '#/paths/~1users'
    `,
    `
    openapi: 3.0.0
    info: { title: Broken, version: 1.0.0 }
    paths:
      /a: { get: { operationId: [1] }, put: { operationId: null } }
      /b: { get: { operationId: { x: 1 } } }
    `,
  ],
  invalid: [
    {
      code: `
      swagger: "2.0"
      info: { title: Users, version: "1" }
      paths:
        /users/{id}:
          get:
            operationId: getUser
            responses: { "200": { description: OK } }
        /users/by-email/{email}:
          get:
            operationId: «getUser»
            responses: { "200": { description: OK } }
      `,
      errors: [{ messageId: 'duplicate', data: { id: 'getUser', method: 'GET', path: '/users/{id}' } }],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Users", "version": "1"},
        "paths": {
          "/users": {"get": {"operationId": "users", "responses": {}}, "post": {"operationId": «"users"», "responses": {}}}
        }
      }`,
      errors: [{ messageId: 'duplicate' }],
    },
  ],
});
