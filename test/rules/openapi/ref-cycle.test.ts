import rule from '../../../server/src/rules/openapi/ref-cycle';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    // A recursive schema defines something at every step: not a cycle of references.
    `
    openapi: 3.0.3
    info: { title: Tree, version: 1.0.0 }
    paths: {}
    components:
      schemas:
        Node:
          type: object
          properties:
            parent: { $ref: '#/components/schemas/Node' }
            children: { type: array, items: { $ref: '#/components/schemas/Node' } }
        Alias: { $ref: '#/components/schemas/Node' }
        Other: { $ref: '#/components/schemas/Alias' }
    `,
    // Across files, a chain that ends at a schema; refs in examples and x- extensions are data.
    {
      code: `
      openapi: 3.1.0
      info: { title: Pets, version: 1.0.0 }
      paths: {}
      components:
        schemas:
          Pet: { $ref: 'common.yaml#/Pet' }
          Loop: { x-alias: { $ref: '#/components/schemas/Loop' }, example: { $ref: '#/components/schemas/Loop' } }
      `,
      files: { 'common.yaml': 'Pet: { $ref: "openapi.yaml#/components/schemas/Real" }\n' },
    },
    `
    swagger: "2.0"
    info: { title: Pets, version: "1" }
    paths: {}
    definitions:
      Pet: { $ref: "#/definitions/Missing" }
    `,
  ],
  invalid: [
    {
      // Reported once, at the first ref of the cycle; the ref leading into it is not a second finding.
      code: `
      openapi: 3.0.3
      info: { title: Pets, version: 1.0.0 }
      paths:
        /pets:
          get:
            responses:
              '200':
                description: OK
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/Pet' }
      components:
        schemas:
          Pet: { $ref: «'#/components/schemas/Animal'» }
          Animal: { $ref: '#/components/schemas/Pet' }
      `,
      errors: [{ messageId: 'cycle', data: { ref: '#/components/schemas/Animal', chain: 'Pet → Animal → Pet' }, related: ['openapi.yaml:15:21'] }],
    },
    {
      code: `
      openapi: 3.0.3
      info: { title: Self, version: 1.0.0 }
      paths: {}
      components:
        parameters:
          Limit: { $ref: «'#/components/parameters/Limit'» }
      `,
      errors: [{ messageId: 'cycle', data: { ref: '#/components/parameters/Limit', chain: 'Limit → Limit' }, related: [] }],
    },
    {
      // A cycle across two files, reported here with the other file's ref as related location.
      code: `
      openapi: 3.1.0
      info: { title: Pets, version: 1.0.0 }
      paths: {}
      components:
        schemas:
          Pet: { $ref: «'common.yaml#/Pet'» }
      `,
      files: { 'common.yaml': 'Pet:\n  $ref: "openapi.yaml#/components/schemas/Pet"\n' },
      errors: [{ messageId: 'cycle', data: { ref: 'common.yaml#/Pet', chain: 'openapi.yaml#/components/schemas/Pet → common.yaml#/Pet → openapi.yaml#/components/schemas/Pet' }, related: ['common.yaml:2:9'] }],
    },
    {
      // A cycle among referenced files only: said where this document enters it.
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Pets", "version": "1"},
        "paths": {},
        "components": {"schemas": {"Pet": {"$ref": «"a.json#/A"»}}}
      }`,
      files: { 'a.json': '{"A": {"$ref": "b.json#/B"}}', 'b.json': '{"B": {"$ref": "a.json#/A"}}' },
      errors: [{ messageId: 'leadsToCycle', data: { ref: 'a.json#/A', chain: 'a.json#/A → b.json#/B → a.json#/A' }, related: ['a.json:1:16', 'b.json:1:16'] }],
    },
  ],
});
