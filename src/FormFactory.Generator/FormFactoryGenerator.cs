using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FormFactory.Definitions;
using FormFactory.Definitions.Model;
using FormFactory.Generator.Diagnostics;
using FormFactory.Generator.Emit;
using FormFactory.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Core = FormFactory.Definitions.Diagnostics;

namespace FormFactory.Generator
{
    /// <summary>
    /// Generates, for every service definition among a project's additional files, typed C# records, and an enum
    /// per code list. Definition problems become compiler diagnostics in the JSON file. Never throws.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class FormFactoryGenerator : IIncrementalGenerator
    {
        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var texts = context.AdditionalTextsProvider
                .Where(static text => DefinitionFile.KindOf(text.Path) != DefinitionFileKind.Unknown)
                .Select(static (text, ct) => new DefinitionText(text.Path, text.GetText(ct)?.ToString()))
                .WithTrackingName(TrackingNames.DefinitionText);

            var catalog = texts.Collect()
                .Select(static (all, ct) => CatalogStep.Run(all, ct))
                .WithTrackingName(TrackingNames.Catalog);

            var options = context.AnalyzerConfigOptionsProvider
                .Select(static (provider, _) => ReadProperties(provider.GlobalOptions))
                .Combine(context.CompilationProvider.Select(static (c, _) => c.AssemblyName))
                .Select(static (pair, _) => GeneratorOptions.From(pair.Left.Configured, pair.Left.ProjectRoot, pair.Right))
                .WithTrackingName(TrackingNames.Options);

            var facts = context.CompilationProvider
                .Select(static (c, _) => new CompilationFacts(CompilationFacts.KnownTypes
                    .Where(t => c.GetTypeByMetadataName(t.MetadataName) == null)
                    .Select(t => t.MetadataName)
                    .ToEquatableArray()))
                .WithTrackingName(TrackingNames.CompilationFacts);

            var forms = catalog.SelectMany(static (c, _) => c.Forms).WithTrackingName(TrackingNames.Form)
                .Combine(options).WithTrackingName(TrackingNames.FormWithOptions);
            context.RegisterSourceOutput(forms, static (spc, pair) =>
            {
                var form = pair.Left;
                string ns = pair.Right.RootNamespace;
                AddSource(spc, form.HintName, "writing " + form.HintName, () => FormEmitter.Emit(form, ns));
                AddSource(spc, form.Validator.HintName, "writing " + form.Validator.HintName, () => ValidatorEmitter.Emit(form, ns));
                AddSource(spc, form.JsonHintName, "writing " + form.JsonHintName, () => JsonEmitter.Emit(form, ns));
            });

            // What all validators and converters share, once per project that has a service.
            var support = catalog.Select(static (c, _) => c.Forms.Count > 0).WithTrackingName(TrackingNames.HasForms)
                .Combine(options).WithTrackingName(TrackingNames.SupportWithOptions);
            context.RegisterSourceOutput(support, static (spc, pair) =>
            {
                if (!pair.Left) return;
                foreach (var stem in new[] { SupportFiles.Validation, SupportFiles.Json })
                    AddSource(spc, stem + ".g.cs", "writing " + stem + ".g.cs", () => SupportFiles.Emit(stem, pair.Right.RootNamespace));
            });

            var codeLists = catalog.SelectMany(static (c, _) => c.CodeLists).WithTrackingName(TrackingNames.CodeList)
                .Combine(options).WithTrackingName(TrackingNames.CodeListWithOptions);
            context.RegisterSourceOutput(codeLists, static (spc, pair) =>
                AddSource(spc, pair.Left.HintName, "writing " + pair.Left.HintName, () => CodeListEmitter.Emit(pair.Left, pair.Right.RootNamespace)));

            var diagnostics = catalog.Combine(options).Combine(facts)
                .Select(static (input, _) => CollectDiagnostics(input.Left.Left, input.Left.Right, input.Right))
                .WithTrackingName(TrackingNames.Diagnostics);
            context.RegisterSourceOutput(diagnostics, static (spc, all) =>
            {
                foreach (var d in all) spc.ReportDiagnostic(RoslynDiagnostics.Convert(d));
            });
        }

        private static (string? Configured, string? ProjectRoot) ReadProperties(AnalyzerConfigOptions options)
        {
            options.TryGetValue(GeneratorOptions.RootNamespaceProperty, out var configured);
            options.TryGetValue(GeneratorOptions.ProjectRootNamespaceProperty, out var projectRoot);
            return (configured, projectRoot);
        }

        private static EquatableArray<Core.Diagnostic> CollectDiagnostics(CatalogOutput catalog, GeneratorOptions options, CompilationFacts facts)
        {
            var all = new List<Core.Diagnostic>(catalog.Diagnostics);
            if (options.Problem != null) all.Add(options.Problem);
            var needed = new HashSet<string>(catalog.Forms.SelectMany(f => f.RequiredTypes), StringComparer.Ordinal);
            foreach (var (type, advice) in CompilationFacts.KnownTypes)
                if (needed.Contains(type) && facts.MissingTypes.Contains(type))
                    all.Add(Core.Diagnostic.Create(Core.DiagnosticDescriptors.MissingModelType, Definitions.Syntax.SourceLocation.WholeFile(""), type, advice));
            return all.ToEquatableArray();
        }

        private static void AddSource(SourceProductionContext context, string hintName, string activity, Func<string> emit)
        {
            try
            {
                context.AddSource(hintName, emit());
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                context.ReportDiagnostic(RoslynDiagnostics.Convert(CatalogStep.Failure(activity, e)));
            }
        }
    }
}
