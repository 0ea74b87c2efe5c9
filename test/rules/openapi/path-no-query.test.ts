import rule from '../../../server/src/rules/openapi/path-no-query';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.1.0
    info: { title: Shop, version: 1.0.0 }
    paths:
      /orders: {}
    `,
  ],
  invalid: [
    {
      code: `
      swagger: "2.0"
      info: { title: Shop, version: "1" }
      paths:
        «/orders?status=open»: {}
      `,
      errors: [{ messageId: 'query', data: { path: '/orders?status=open' } }],
    },
    {
      code: `{"openapi": "3.0.3", "info": {"title": "A", "version": "1"}, "paths": {«"/search?q={q}"»: {}}}`,
      errors: [{ messageId: 'query' }],
    },
  ],
});
