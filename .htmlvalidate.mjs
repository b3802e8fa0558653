// Markup rules for the built site, checked on every page by tests/site/markup.test.ts.
export default {
  extends: ["html-validate:recommended"],
  rules: {
    // HTML allows any id without white space. Row ids carry metric ids ("fig-calls.received")
    // so that a figure's permalink fragment reads like the dictionary entry it points to.
    "valid-id": ["error", { relaxed: true }],
  },
};
