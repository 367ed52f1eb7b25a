using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.Model;
using FormFactory.Rendering.Pages;
using FormFactory.Rendering.Schema;
using FormFactory.Rendering.Scripts;
using FormFactory.Rendering.Templates;

namespace FormFactory.Rendering.Packages
{
    /// <summary>
    /// Renders one form package: the pages (German, and English where the definition has it and the factory publishes
    /// it), the stylesheet, the
    /// script library (expression runtime + behaviour library, the same in every package), the form's generated
    /// script, the submission JSON Schema, the manifest and a zip of it all. Nothing in it loads from elsewhere; the
    /// same inputs give the same bytes.
    /// What does not depend on the tenant is made once: the stylesheet and library per builder, the steps markup,
    /// schema and form script per service (<see cref="Service"/>), so a build renders a service's packages for
    /// all its tenants from one <see cref="ServiceParts"/>.
    /// </summary>
    public sealed class PackageBuilder
    {
        /// <summary>The stylesheet's path in templates and packages.</summary>
        public const string Stylesheet = "assets/formfactory.css";
        /// <summary>The behaviour library's path in the templates, and the script library's (runtime + behaviour library + interface texts) in packages.</summary>
        public const string BehaviourLibrary = "assets/formfactory-forms.js";
        /// <summary>The form's own script in packages (it registers the form with the library).</summary>
        public const string Script = "assets/form.js";
        /// <summary>The submission schema's file name.</summary>
        public const string SchemaFile = "submission.schema.json";

        private readonly FormRenderer _renderer;
        private readonly FactorySettings? _factory;
        private readonly Piece _stylesheet;
        private readonly Piece _library;

        /// <summary>
        /// Creates a builder over <paramref name="templates"/> that renders the languages <paramref name="factory"/>
        /// publishes (<c>factory.json</c>'s <c>languages</c>); every language a form has when null.
        /// </summary>
        public PackageBuilder(TemplateSet templates, FactorySettings? factory = null)
        {
            _renderer = new FormRenderer(templates);
            _factory = factory;
            _stylesheet = Piece.Text(templates.File(Stylesheet), shared: true);
            _library = Piece.Text(JavaScriptPrinter.RuntimeSource.TrimEnd() + "\n\n" + templates.File(BehaviourLibrary).TrimEnd() + "\n\n" + FormScriptBuilder.UiTextsScript(), shared: true);
        }

        /// <summary>Builds the package of <paramref name="form"/> for <paramref name="tenant"/>.</summary>
        /// <exception cref="TemplateException">A template fails.</exception>
        public FormPackage Build(FormModel form, TenantModel tenant)
        {
            var entries = Entries(Service(form), tenant);
            using var zip = new MemoryStream();
            ZipWriter.Write(entries, form.Id, zip);
            return new FormPackage(tenant.Id, form.Id, entries.Select(e => e.ToFile()).ToList(), zip.ToArray());
        }

        /// <summary>The package's files without the zip, sorted by path.</summary>
        /// <exception cref="TemplateException">A template fails.</exception>
        public IReadOnlyList<PackageFile> Files(FormModel form, TenantModel tenant) =>
            Entries(Service(form), tenant).Select(e => e.ToFile()).ToList();

        /// <summary>What all tenants' packages of <paramref name="form"/> share.</summary>
        /// <exception cref="TemplateException">A template fails.</exception>
        public ServiceParts Service(FormModel form)
        {
            var languages = FormPageBuilder.Languages(form, _factory);
            var bodies = languages.Select(lang => _renderer.Body(form, lang) with { Published = languages }).ToList();
            return new ServiceParts(form, languages, bodies, bodies.Select(b => Piece.Text(b.Html.Html, shared: true)).ToList(),
                Piece.Text(SubmissionSchemaBuilder.ToJson(form), shared: true), Piece.Text(FormScriptBuilder.Build(form), shared: true),
                SubmissionShapes.For(form).ToString());
        }

        /// <summary>The files of <paramref name="service"/>'s package for <paramref name="tenant"/>, sorted by path (a build writes them and the zip itself).</summary>
        /// <exception cref="TemplateException">A template fails.</exception>
        public IReadOnlyList<PackageEntry> Entries(ServiceParts service, TenantModel tenant)
        {
            var entries = new List<PackageEntry>();
            for (int i = 0; i < service.Languages.Count; i++)
                entries.Add(new PackageEntry(FormPageBuilder.PageFile(service.Languages[i]), Page(service.Bodies[i], service.BodyPieces[i], tenant)));
            entries.Add(new PackageEntry(Stylesheet, _stylesheet));
            entries.Add(new PackageEntry(BehaviourLibrary, _library));
            entries.Add(new PackageEntry(Script, service.Script));
            entries.Add(new PackageEntry(SchemaFile, service.Schema));
            var manifest = ManifestWriter.Write(service.Form, tenant, service.Languages, service.Shape, entries.Select(e => e.ToManifestEntry()));
            entries.Add(new PackageEntry(manifest.Path, new Piece(manifest.Content)));
            return entries.OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
        }

        /// <summary>The page's pieces: the tenant's layout around the shared steps markup.</summary>
        private IReadOnlyList<Piece> Page(FormBody body, Piece bodyPiece, TenantModel tenant)
        {
            var layout = _renderer.Layout(body, tenant);
            if (layout == null) return new[] { Piece.Text(_renderer.Render(body, tenant)) };
            return new[] { Piece.Text(layout.Before), bodyPiece, Piece.Text(layout.After) };
        }

        /// <summary>The package's scripts as the browser runs them, one after the other: the script library, then the form's module.</summary>
        public string ScriptFor(FormModel form) =>
            System.Text.Encoding.UTF8.GetString(_library.Bytes) + "\n" + FormScriptBuilder.Build(form);
    }
}
