using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using FormFactory.Benchmarks.Forms;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Validation;
using FormFactory.Rendering.Schema;
using FormFactory.Workspace;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace FormFactory.Benchmarks.Validation
{
    /// <summary>
    /// Validating one hundAnmelden submission four ways. Everything that an application does once (binding the catalog,
    /// reading the schema, building validators, parsing or deserializing the submission) happens in <see cref="Setup"/>;
    /// each benchmark measures only the check, on the input each contender takes:
    /// the generated validator and the reference validator a parsed <see cref="JsonElement"/>, NJsonSchema a parsed
    /// Newtonsoft <see cref="JToken"/>, FluentValidation and the generated typed entry point the generated record
    /// deserialized from the same JSON.
    /// The two <c>FromText</c> benchmarks start from the JSON text instead, parsing included, as an endpoint would.
    /// </summary>
    [ShortInProcess(warmupCount: 15)]
    public class ValidatorBenchmarks
    {
        private string _json = null!;
        private JsonDocument _document = null!;
        private JsonElement _submission;
        private ReferenceValidator _reference = null!;
        private JsonSchema _schema = null!;
        private JToken _token = null!;
        private HundAnmelden _record = null!;
        private HundAnmeldenFluentValidator _fluent = null!;

        /// <summary>Which sample submission is validated.</summary>
        [ParamsAllValues]
        public SubmissionKind Submission { get; set; }

        /// <summary>Binds the catalog, builds every validator and parses the submission once.</summary>
        [GlobalSetup]
        public void Setup()
        {
            string json = _json = SampleSubmission.Json(Submission);
            _document = JsonDocument.Parse(json);
            _submission = _document.RootElement;

            var loaded = CatalogLoader.Load(RepositoryFolder.Definitions);
            FormModel form = loaded.Catalog.Forms.Single(f => f.Id == HundAnmelden.Metadata.Id);
            _reference = new ReferenceValidator(form, () => SampleSubmission.Today);

            _schema = JsonSchema.FromJsonAsync(SubmissionSchemaBuilder.ToJson(form)).GetAwaiter().GetResult();
            _token = JToken.Parse(json);

            _record = HundAnmelden.FromJson(json);
            _fluent = new HundAnmeldenFluentValidator(DateOnly.FromDateTime(SampleSubmission.Today));

            CheckTheContendersAgree();
        }

        /// <summary>Releases the parsed submission.</summary>
        [GlobalCleanup]
        public void Cleanup() => _document.Dispose();

        /// <summary>The generated validator on the typed record (what FluentValidation gets): errors only, nothing kept.</summary>
        [Benchmark]
        public FormFactory.Runtime.RecordValidationResult GeneratedTyped() => HundAnmelden.Validate(_record, SampleSubmission.Today);

        /// <summary>The generated validator on the parsed JSON: errors and the kept JSON.</summary>
        [Benchmark(Baseline = true)]
        public FormFactory.Runtime.ValidationResult Generated() => HundAnmelden.Validate(_submission, SampleSubmission.Today);

        /// <summary>The reference validator (interprets the bound model) on the parsed JSON: errors and the kept JSON.</summary>
        [Benchmark]
        public FormFactory.Runtime.ValidationResult Reference() => _reference.Validate(_submission);

        /// <summary>NJsonSchema against the submission schema (shape only: types, codes, nesting), on a parsed JToken.</summary>
        [Benchmark]
        public ICollection<NJsonSchema.Validation.ValidationError> NJsonSchema() => _schema.Validate(_token);

        /// <summary>The generated validator on the JSON text, as an endpoint receives it: parsing included.</summary>
        [Benchmark]
        public FormFactory.Runtime.ValidationResult GeneratedFromText() => HundAnmelden.Validate(_json, SampleSubmission.Today);

        /// <summary>NJsonSchema on the JSON text: parsing into a JToken included.</summary>
        [Benchmark]
        public ICollection<NJsonSchema.Validation.ValidationError> NJsonSchemaFromText() => _schema.Validate(_json);

        /// <summary>The hand-written FluentValidation validator on the typed record.</summary>
        [Benchmark]
        public FluentValidation.Results.ValidationResult FluentValidation() => _fluent.Validate(_record);

        /// <summary>
        /// A comparison is only fair between validators that reach the same verdict: all must accept the valid sample
        /// and the three full validators must reject the invalid one. (The schema checks shape only, so it cannot see
        /// the invalid sample's conditional and rule errors; its verdict is reported, not required.)
        /// </summary>
        private void CheckTheContendersAgree()
        {
            bool expected = Submission == SubmissionKind.Valid;
            var generated = Generated();
            var reference = Reference();
            var typed = GeneratedTyped();
            var fluent = FluentValidation();
            var schema = NJsonSchema();
            if (generated.IsValid != expected || typed.IsValid != expected || reference.IsValid != expected || fluent.IsValid != expected || (expected && schema.Count != 0))
                throw new InvalidOperationException($"The validators disagree on the {Submission} sample: generated {generated.Errors.Count}, typed {typed.Errors.Count}, reference {reference.Errors.Count}, FluentValidation {fluent.Errors.Count}, NJsonSchema {schema.Count} errors.");
            if (!generated.Errors.SequenceEqual(reference.Errors))
                throw new InvalidOperationException("The generated and the reference validator report different errors.");
            // The typed path means what the JSON path means for the record's own JSON.
            if (!typed.Errors.SequenceEqual(HundAnmelden.Validate(_record.ToJson(), SampleSubmission.Today).Errors))
                throw new InvalidOperationException("The typed entry point and the JSON entry point report different errors for the record.");
            Console.WriteLine($"// {Submission}: generated/reference {generated.Errors.Count}, typed {typed.Errors.Count}, FluentValidation {fluent.Errors.Count}, NJsonSchema {schema.Count} errors");
        }
    }
}
