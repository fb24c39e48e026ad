// Loaded first, as a classic script from 'self', by the embed test pages: records every CSP or
// Trusted Types violation and every uncaught error on window, for the test in the parent page.
(function () {
  var violations = (window.__iptViolations = []);
  var errors = (window.__iptErrors = []);
  window.addEventListener(
    'securitypolicyviolation',
    function (e) {
      violations.push({
        directive: e.effectiveDirective || e.violatedDirective,
        blocked: e.blockedURI,
        sample: e.sample,
        source: e.sourceFile + ':' + e.lineNumber,
      });
    },
    true,
  );
  window.addEventListener('error', function (e) {
    errors.push(String(e.message || e.error) + ' at ' + e.filename + ':' + e.lineno);
  });
  window.addEventListener('unhandledrejection', function (e) {
    errors.push('unhandled rejection: ' + String(e.reason && e.reason.message ? e.reason.message : e.reason));
  });
})();
