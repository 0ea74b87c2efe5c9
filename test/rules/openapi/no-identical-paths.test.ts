import rule from '../../../server/src/rules/openapi/no-identical-paths';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.1.0
    info: { title: Pets, version: 1.0.0 }
    paths:
      /pets/{id}: {}
      /pets/by-name/{name}: {}
      /pets/{id}/toys: {}
    `,
  ],
  invalid: [
    {
      code: `
      openapi: 3.1.0
      info: { title: Pets, version: 1.0.0 }
      paths:
        /pets/{id}: {}
        «/pets/{name}»: {}
      `,
      errors: [{ messageId: 'identical', data: { path: '/pets/{name}', other: '/pets/{id}' } }],
    },
    {
      code: `
      swagger: "2.0"
      info: { title: Pets, version: "1" }
      paths:
        /owners/{o}/pets/{p}: {}
        «/owners/{owner}/pets/{pet}»: {}
      `,
      errors: [{ messageId: 'identical' }],
    },
    {
      code: `{"openapi": "3.0.3", "info": {"title": "A", "version": "1"}, "paths": {"/a/{x}": {}, «"/a/{y}"»: {}}}`,
      errors: [{ messageId: 'identical' }],
    },
  ],
});
