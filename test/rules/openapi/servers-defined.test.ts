import rule from '../../../server/src/rules/openapi/servers-defined';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.1.0
    info: { title: Orders, version: 1.0.0 }
    servers:
      - url: https://api.shop.test/v1
    paths: {}
    `,
    `
    swagger: "2.0"
    info: { title: Pets, version: "1" }
    host: api.pets.test
    paths: {}
    `,
    `{"openapi": "3.0.3", "info": {"title": "A", "version": "1"}, "servers": [{"url": "/v1"}], "paths": {}}`,
  ],
  invalid: [
    {
      code: `
      «openapi»: 3.1.0
      info: { title: Orders, version: 1.0.0 }
      paths: {}
      `,
      errors: [{ messageId: 'noServers' }],
    },
    {
      code: `{"openapi": "3.0.3", "info": {"title": "A", "version": "1"}, «"servers"»: [], "paths": {}}`,
      errors: [{ messageId: 'emptyServers' }],
    },
    {
      code: `
      openapi: 3.0.3
      info: { title: A, version: "1" }
      «servers»: [5, { description: no url }]
      paths: {}
      `,
      errors: [{ messageId: 'emptyServers' }],
    },
    {
      code: `
      «swagger»: "2.0"
      info: { title: Pets, version: "1" }
      paths: {}
      `,
      errors: [{ messageId: 'noHost' }],
    },
  ],
});
