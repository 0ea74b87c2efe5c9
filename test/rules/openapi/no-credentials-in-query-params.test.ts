import rule from '../../../server/src/rules/openapi/no-credentials-in-query-params';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.0.3
    info: { title: Reports, version: 1.0.0 }
    paths:
      /tokens/{token}:
        get:
          parameters:
            - { name: token, in: path, required: true, schema: { type: string } }
            - { name: page_token, in: query, schema: { type: string } }
            - { name: Authorization, in: header, schema: { type: string } }
            - { name: password, in: cookie, schema: { type: string } }
          responses: { '200': { description: OK } }
      /broken:
        get:
          parameters: [5, { name: [token], in: query }, { in: query }]
          responses: {}
    `,
  ],
  invalid: [
    {
      code: `
      swagger: "2.0"
      info: { title: Users, version: "1" }
      paths:
        /user/login:
          get:
            parameters:
              - { name: username, in: query, type: string }
              - { name: «password», in: query, type: string }
            responses: { "200": { description: OK } }
      `,
      errors: [{ messageId: 'inUrl', data: { where: 'query', name: 'password' } }],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Reports", "version": "1.0.0"},
        "paths": {
          "/reports": {
            "get": {"parameters": [{"$ref": "#/components/parameters/Token"}], "responses": {"200": {"description": "OK"}}},
            "post": {"parameters": [{"$ref": "#/components/parameters/Token"}], "responses": {"201": {"description": "OK"}}}
          },
          "/keys/{apiKey}": {
            "delete": {"parameters": [{"name": «"apiKey"», "in": "path", "required": true, "schema": {"type": "string"}}], "responses": {"204": {"description": "OK"}}}
          }
        },
        "components": {"parameters": {"Token": {"name": «"access_token"», "in": "query", "schema": {"type": "string"}}}}
      }`,
      errors: [
        { messageId: 'inUrl', data: { where: 'path', name: 'apiKey' } },
        { messageId: 'inUrl', data: { where: 'query', name: 'access_token' } },
      ],
    },
    {
      code: `
      openapi: 3.1.0
      info: { title: Apps, version: 1.0.0 }
      paths:
        /oauth/exchange:
          post:
            parameters:
              - name: «clientSecret»
                in: query
                schema: { type: string }
            responses: { '200': { description: OK } }
      `,
      errors: [{ messageId: 'inUrl', data: { where: 'query', name: 'clientSecret' } }],
    },
  ],
});
