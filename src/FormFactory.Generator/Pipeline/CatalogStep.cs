using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FormFactory.Definitions;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Syntax;
using FormFactory.Generator.Naming;

namespace FormFactory.Generator.Pipeline
{
    /// <summary>
    /// The one step that sees all definition files at once: binds them with the semantic core (blocks and code lists
    /// are shared, so a form cannot be bound alone) and cuts the result into per-service and per-code-list specs.
    /// </summary>
    internal static class CatalogStep
    {
        /// <summary>Binds <paramref name="texts"/>. Never throws except for cancellation: a failure becomes FF0602.</summary>
        public static CatalogOutput Run(ImmutableArray<DefinitionText> texts, CancellationToken cancellationToken)
        {
            try
            {
                var files = new List<DefinitionFile>(texts.Length);
                var problems = new List<Diagnostic>();
                foreach (var text in texts)
                {
                    if (text.Text == null)
                        problems.Add(Diagnostic.Create(DiagnosticDescriptors.FileUnreadable, SourceLocation.WholeFile(text.Path), "the compiler supplied no text"));
                    else files.Add(new DefinitionFile(text.Path, text.Text));
                }
                cancellationToken.ThrowIfCancellationRequested();
                var result = CatalogBinder.Bind(files);
                cancellationToken.ThrowIfCancellationRequested();

                var hintNames = new HintNames();
                // The files every validator and converter shares.
                hintNames.Claim(Emit.SupportFiles.Validation);
                hintNames.Claim(Emit.SupportFiles.Json);
                var codeLists = CodeListSpecBuilder.Build(result.Catalog.CodeLists, hintNames);
                var byId = codeLists.ToDictionary(c => c.Id, c => c, StringComparer.Ordinal);
                var forms = result.Catalog.Forms;
                var typeNames = FormSpecBuilder.TypeNames(forms);
                var formSpecs = new List<FormSpec>(forms.Count);
                for (int i = 0; i < forms.Count; i++) formSpecs.Add(FormSpecBuilder.Build(forms[i], typeNames[i], hintNames, byId));

                var diagnostics = CatalogBinder.Normalize(problems.Concat(result.Diagnostics));
                return new CatalogOutput(formSpecs.ToEquatableArray(), codeLists.ToEquatableArray(), diagnostics.ToEquatableArray());
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return CatalogOutput.Failed(Failure("binding the definitions", e));
            }
        }

        /// <summary>FF0602 for an exception: its type and message, so a bug report says where to look.</summary>
        public static Diagnostic Failure(string activity, Exception e) =>
            Diagnostic.Create(DiagnosticDescriptors.GeneratorFailure, SourceLocation.WholeFile(""), activity, e.GetType().Name + ": " + e.Message);
    }
}
