import rule from '../../../server/src/rules/openapi/path-casing';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.1.0
    info: { title: Shop, version: 1.0.0 }
    paths:
      /v1/order-items/{orderItemId}: {}
      /v1/gift-cards: {}
      /v1/users: {}
      /v1/things/{id}:batchGet: {}
      /v1/HEALTH: {}
    `,
    // A tie is no house style.
    `
    swagger: "2.0"
    info: { title: A, version: "1" }
    paths:
      /order-items: {}
      /gift_cards: {}
    `,
  ],
  invalid: [
    {
      code: `
      openapi: 3.1.0
      info: { title: Shop, version: 1.0.0 }
      paths:
        /order-items: {}
        /gift-cards/{id}/card-holders: {}
        /«shipping_addresses»: {}
        /orders/«lineItems.json»: {}
        /«Mixed_style-Thing»: {}
      `,
      errors: [
        { messageId: 'deviates', data: { segment: 'shipping_addresses', style: 'snake_case', dominant: 'kebab-case' } },
        { messageId: 'deviates', data: { segment: 'lineItems.json', style: 'camelCase', dominant: 'kebab-case' } },
        { messageId: 'deviates', data: { segment: 'Mixed_style-Thing', style: 'in no single case style', dominant: 'kebab-case' } },
      ],
    },
    {
      code: `{"swagger": "2.0", "info": {"title": "A", "version": "1"}, "paths": {"/access_tokens": {}, "/user_keys": {}, "/«checkRuns»": {}}}`,
      errors: [{ messageId: 'deviates' }],
    },
  ],
});
