import rule from '../../../server/src/rules/openapi/plural-collections';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.1.0
    info: { title: Shop, version: 1.0.0 }
    paths:
      /orders/{id}: {}
      /people/{id}/access-tokens/{token}: {}
      /codes_of_conduct/{key}: {}
      /user: {}
      /metadata/{key}: {}
      /v2/{id}: {}
    `,
    `{"swagger": "2.0", "info": {"title": "A", "version": "1"}, "paths": {"/pets/{id}": {}}}`,
  ],
  invalid: [
    {
      code: `
      openapi: 3.1.0
      info: { title: Shop, version: 1.0.0 }
      paths:
        /«order»/{id}: {}
        /orders/{id}/«line-item»/{n}: {}
      `,
      errors: [{ messageId: 'singular', data: { segment: 'order' } }, { messageId: 'singular', data: { segment: 'line-item' } }],
    },
    {
      code: `{"swagger": "2.0", "info": {"title": "A", "version": "1"}, "paths": {"/«pet»/{petId}": {}}}`,
      errors: [{ messageId: 'singular' }],
    },
  ],
});
