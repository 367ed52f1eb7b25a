using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Model;

namespace FormFactory.Generator.Pipeline
{
    /// <summary>What binding all definition files yields for the generator: the models to write and the problems to report.</summary>
    /// <param name="Forms">One spec per service that bound without errors, ordered by id.</param>
    /// <param name="CodeLists">One spec per code list that bound without errors, ordered by id.</param>
    /// <param name="Diagnostics">Every problem in the definitions, ordered by file and position.</param>
    internal sealed record CatalogOutput(EquatableArray<FormSpec> Forms, EquatableArray<CodeListSpec> CodeLists, EquatableArray<Diagnostic> Diagnostics)
    {
        /// <summary>An output with nothing to write and one problem to report.</summary>
        public static CatalogOutput Failed(Diagnostic problem) =>
            new CatalogOutput(EquatableArray<FormSpec>.Empty, EquatableArray<CodeListSpec>.Empty, EquatableArray.Of(problem));
    }
}
