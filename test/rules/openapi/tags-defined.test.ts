import rule from '../../../server/src/rules/openapi/tags-defined';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.1.0
    info: { title: Orders, version: 1.0.0 }
    tags:
      - name: orders
    paths:
      /orders:
        get: { tags: [orders], responses: { '200': { description: OK } } }
    `,
    `
    swagger: "2.0"
    info: { title: Pets, version: "1" }
    tags: [{ name: pets }]
    paths:
      /pets:
        get: { tags: [pets, 5, null], responses: { "200": { description: OK } } }
        put: { tags: pets }
    `,
  ],
  invalid: [
    // Reported once per name, at its first use; the suggestion appends to the existing list.
    {
      code: `
      openapi: 3.1.0
      info: { title: Orders, version: 1.0.0 }
      tags:
        - name: orders
      paths:
        /orders:
          get:
            tags: [orders, «order»]
            responses: { '200': { description: OK } }
          post:
            tags: [order]
            responses: { '201': { description: Created } }
      `,
      errors: [{ messageId: 'undefinedTag', data: { name: 'order' } }],
      suggestions: [
        `
        openapi: 3.1.0
        info: { title: Orders, version: 1.0.0 }
        tags:
          - name: orders
          - name: order
        paths:
          /orders:
            get:
              tags: [orders, order]
              responses: { '200': { description: OK } }
            post:
              tags: [order]
              responses: { '201': { description: Created } }
        `,
      ],
    },
    // No top-level tags: the suggestion creates them after info (2.0: after basePath/host).
    {
      code: `
      swagger: "2.0"
      info: { title: Pets, version: "1" }
      host: pets.test
      paths:
        /pets:
          get:
            tags:
              - «pets»
            responses: { "200": { description: OK } }
      `,
      errors: [{ messageId: 'undefinedTag' }],
      suggestions: [
        `
        swagger: "2.0"
        info: { title: Pets, version: "1" }
        host: pets.test
        tags:
          - name: pets
        paths:
          /pets:
            get:
              tags:
                - pets
              responses: { "200": { description: OK } }
        `,
      ],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Pets", "version": "1"},
        "tags": [
          {"name": "pets"}
        ],
        "paths": {"/toys": {"get": {"tags": [«"toys"»], "responses": {}}}}
      }`,
      errors: [{ messageId: 'undefinedTag' }],
      suggestions: [
        `
        {
          "openapi": "3.0.3",
          "info": {"title": "Pets", "version": "1"},
          "tags": [
            {"name": "pets"},
            {
              "name": "toys"
            }
          ],
          "paths": {"/toys": {"get": {"tags": ["toys"], "responses": {}}}}
        }`,
      ],
    },
  ],
});
