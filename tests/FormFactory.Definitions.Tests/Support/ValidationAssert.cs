using System.Collections.Generic;
using System.Linq;
using FormFactory.Definitions.Validation;
using FormFactory.Runtime;

namespace FormFactory.Definitions.Tests.Support
{
    /// <summary>Short forms for asserting on validation results as "path code" pairs.</summary>
    public static class ValidationAssert
    {
        /// <summary>The error's path and code as one line: <c>hunde[0].chipnummer pattern</c>; the form itself is <c>(form)</c>.</summary>
        public static string Pair(this ValidationError e) => (e.Path.Length == 0 ? "(form)" : e.Path) + " " + e.Code;

        /// <summary>All errors as "path code" lines, in the validator's order.</summary>
        public static string[] Pairs(this ValidationResult result) => result.Errors.Select(Pair).ToArray();

        /// <summary>Validates <paramref name="json"/> and asserts exactly <paramref name="expected"/> ("path code"), in order.</summary>
        public static ValidationResult Expect(this ReferenceValidator validator, string json, params string[] expected)
        {
            var result = validator.Validate(json);
            Assert.Equal(expected, result.Pairs());
            return result;
        }

        /// <summary>Validates <paramref name="json"/> and asserts it has no errors.</summary>
        public static ValidationResult Valid(this ReferenceValidator validator, string json)
        {
            var result = validator.Validate(json);
            Assert.True(result.IsValid, "Unexpected errors:\n" + string.Join("\n", result.Errors));
            return result;
        }

        /// <summary>The codes of <paramref name="result"/>'s errors.</summary>
        public static IEnumerable<string> Codes(this ValidationResult result) => result.Errors.Select(e => e.Code);
    }
}
