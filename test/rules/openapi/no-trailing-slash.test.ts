import rule from '../../../server/src/rules/openapi/no-trailing-slash';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.1.0
    info: { title: Shop, version: 1.0.0 }
    paths:
      /: {}
      /orders: {}
    `,
    `{"openapi": "3.0.3", "info": {"title": "A", "version": "1"}, "paths": 5}`,
  ],
  invalid: [
    {
      code: `
      swagger: "2.0"
      info: { title: Shop, version: "1" }
      paths:
        «/orders/»: {}
      `,
      errors: [{ messageId: 'trailing', data: { path: '/orders/' } }],
    },
    {
      code: `{"openapi": "3.0.3", "info": {"title": "A", "version": "1"}, "paths": {«"/orders/{id}/"»: {}}}`,
      errors: [{ messageId: 'trailing' }],
    },
  ],
});
