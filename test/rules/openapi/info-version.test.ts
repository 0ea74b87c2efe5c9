import rule from '../../../server/src/rules/openapi/info-version';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.1.0
    info: { title: Orders, version: 2024-06-01 }
    paths: {}
    `,
    `
    swagger: "2.0"
    info: { title: Orders, version: 1 }
    paths: {}
    `,
    // Wrong types are the schema's business.
    `
    openapi: 3.0.3
    info: [1]
    paths: {}
    `,
  ],
  invalid: [
    {
      code: `
      swagger: "2.0"
      «info»:
        title: Orders
      paths: {}
      `,
      errors: [{ messageId: 'missing' }],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Orders", «"version"»: ""},
        "paths": {}
      }`,
      errors: [{ messageId: 'empty' }],
    },
    {
      code: `
      openapi: 3.1.0
      info:
        title: Orders
        «version»:
      paths: {}
      `,
      errors: [{ messageId: 'empty' }],
    },
  ],
});
