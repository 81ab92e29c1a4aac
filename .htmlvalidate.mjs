// html-validate settings for the built pages (tests/dist/html.test.ts). The recommended
// rules, with one documented change:
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // A multiple-choice quiz question is a group of checkboxes sharing one name, exactly
    // as radio buttons do; the default only allows that for radios.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};
