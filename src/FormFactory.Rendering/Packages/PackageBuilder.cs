using System;
using System.Collections.Generic;
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
    /// Renders one form package: the pages (German, and English where the definition has it), the stylesheet, one
    /// script (expression runtime + behaviour library + the generated form module), the submission JSON Schema, the
    /// manifest and a zip of it all. Nothing in it loads from elsewhere; the same inputs give the same bytes.
    /// </summary>
    public sealed class PackageBuilder
    {
        /// <summary>The stylesheet's path in templates and packages.</summary>
        public const string Stylesheet = "assets/formfactory.css";
        /// <summary>The behaviour library's path in the templates.</summary>
        public const string BehaviourLibrary = "assets/formfactory-forms.js";
        /// <summary>The package's one script.</summary>
        public const string Script = "assets/form.js";
        /// <summary>The submission schema's file name.</summary>
        public const string SchemaFile = "submission.schema.json";

        private readonly TemplateSet _templates;
        private readonly FormRenderer _renderer;

        /// <summary>Creates a builder over <paramref name="templates"/>.</summary>
        public PackageBuilder(TemplateSet templates)
        {
            _templates = templates;
            _renderer = new FormRenderer(templates);
        }

        /// <summary>Builds the package of <paramref name="form"/> for <paramref name="tenant"/>.</summary>
        /// <exception cref="TemplateException">A template fails.</exception>
        public FormPackage Build(FormModel form, TenantModel tenant)
        {
            var files = Files(form, tenant);
            return new FormPackage(tenant.Id, form.Id, files, DeterministicZip.Create(files, form.Id));
        }

        /// <summary>The package's files without the zip, sorted by path (a build streams the zip to disk itself).</summary>
        /// <exception cref="TemplateException">A template fails.</exception>
        public IReadOnlyList<PackageFile> Files(FormModel form, TenantModel tenant)
        {
            var languages = FormPageBuilder.Languages(form);
            var files = new List<PackageFile>();
            foreach (var lang in languages)
                files.Add(PackageFile.Text(FormPageBuilder.PageFile(lang), _renderer.Render(form, tenant, lang)));
            files.Add(PackageFile.Text(Stylesheet, _templates.File(Stylesheet)));
            files.Add(PackageFile.Text(Script, ScriptFor(form, tenant)));
            files.Add(PackageFile.Text(SchemaFile, SubmissionSchemaBuilder.ToJson(form)));
            files.Add(ManifestWriter.Write(form, tenant, languages, SubmissionShapes.For(form).ToString(), files));
            return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        }

        /// <summary>The package's script: the shared expression runtime, the behaviour library and the form's generated module.</summary>
        public string ScriptFor(FormModel form, TenantModel tenant) =>
            JavaScriptPrinter.RuntimeSource.TrimEnd() + "\n\n" + _templates.File(BehaviourLibrary).TrimEnd() + "\n\n" + FormScriptBuilder.Build(form, tenant);
    }
}
