import rule from '../../../server/src/rules/openapi/callbacks-secured';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.0.3
    info: { title: Hooks, version: 1.0.0 }
    paths:
      /subscriptions:
        post:
          callbacks:
            onEvent:
              '{$request.body#/url}':
                post:
                  parameters:
                    - { name: X-Hub-Signature-256, in: header, required: true, schema: { type: string } }
                  responses: { '200': { description: OK } }
            onOther:
              $ref: '#/components/callbacks/Signed'
          responses: { '201': { description: Created } }
    components:
      callbacks:
        Signed:
          '{$request.body#/url}':
            put:
              description: Each request carries an HMAC of the body.
              responses: { '200': { description: OK } }
            delete:
              security: [{ mtls: [] }]
              responses: { '200': { description: OK } }
      securitySchemes:
        mtls: { type: mutualTLS }
    `,
    `
    openapi: 3.1.0
    info: { title: Broken, version: 1.0.0 }
    webhooks: { a: 5, b: { post: [1] } }
    paths:
      /x: { post: { callbacks: { c: 7, d: { e: [] } }, responses: {} } }
    `,
  ],
  invalid: [
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Streams", "version": "1.0.0"},
        "paths": {
          "/streams": {
            "post": {
              "callbacks": {
                "onData": {"{$request.query.callbackUrl}/data": {«"post"»: {"responses": {"202": {"description": "OK"}}}}}
              },
              "responses": {"201": {"description": "Created"}}
            }
          }
        }
      }`,
      errors: [{ messageId: 'callback', data: { method: 'POST', name: 'onData' } }],
    },
    {
      code: `
      openapi: 3.1.0
      info: { title: Pets, version: 1.0.0 }
      security:
        - key: []
      webhooks:
        newPet:
          «post»:
            security: []
            requestBody:
              content: { application/json: { schema: { type: object } } }
            responses: { '200': { description: OK } }
      components:
        securitySchemes:
          key: { type: apiKey, name: k, in: header }
      `,
      errors: [{ messageId: 'webhook', data: { method: 'POST', name: 'newPet' } }],
    },
  ],
});
