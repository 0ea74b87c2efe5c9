import rule from '../../../server/src/rules/compose/no-obsolete-version';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    services:
      web:
        image: nginx:1.27
        environment:
          version: "3"
    `,
    `
    name: shop
    services: {}
    `,
  ],
  invalid: [
    {
      code: `
      # shop stack
      «version»: "3.8" # legacy
      services:
        web:
          image: nginx:1.27
      `,
      errors: [{ messageId: 'obsolete' }],
      output: `
      # shop stack
      services:
        web:
          image: nginx:1.27
      `,
    },
    {
      code: `
      services:
        web:
          image: nginx:1.27
      «version»: '2.4'
      `,
      errors: [{ messageId: 'obsolete' }],
      output: `
      services:
        web:
          image: nginx:1.27
      `,
    },
    {
      code: `
      x-common: &common
        restart: unless-stopped
      «version»: "3.9"
      services:
        api:
          <<: *common
          image: api:1.0
      `,
      errors: [{ messageId: 'obsolete' }],
      output: `
      x-common: &common
        restart: unless-stopped
      services:
        api:
          <<: *common
          image: api:1.0
      `,
    },
  ],
});
