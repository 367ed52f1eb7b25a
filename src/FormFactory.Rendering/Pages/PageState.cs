using System.Collections.Generic;
using System.Text.Json;
using FormFactory.Runtime;

namespace FormFactory.Rendering.Pages
{
    /// <summary>
    /// What a host gives to answer a failed POST with the same page: the submitted values (submission JSON, as the
    /// multipart converter or the script produced it) and the validator's errors.
    /// </summary>
    /// <param name="Values">The submission's data object.</param>
    /// <param name="Errors">The errors to show, in form order.</param>
    public sealed record PageState(JsonElement? Values, IReadOnlyList<ValidationError> Errors)
    {
        /// <summary>A fresh page.</summary>
        public static PageState Empty { get; } = new PageState(null, new List<ValidationError>());
    }
}
