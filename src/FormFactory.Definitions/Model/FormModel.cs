using System.Collections.Generic;
using FormFactory.Definitions.Expressions;

namespace FormFactory.Definitions.Model
{
    /// <summary>One step (page) of a form.</summary>
    public sealed record StepModel(string Id, LocalizedText Title, LocalizedText? Description, EquatableArray<FieldModel> Fields);

    /// <summary>A cross-field rule.</summary>
    /// <param name="Id">The rule's id, also its error code.</param>
    /// <param name="Assert">Must be true, else the rule fails.</param>
    /// <param name="When">The rule applies only while this is true.</param>
    /// <param name="On">Field paths the error is shown at; the first is the error's path.</param>
    /// <param name="Message">The error text.</param>
    /// <param name="Reads">Model paths of the fields <paramref name="Assert"/> reads; the rule is skipped while any is empty.</param>
    /// <param name="AssertSource">The assert as written, for documentation.</param>
    public sealed record RuleModel(string Id, BoundExpression Assert, BoundExpression? When, EquatableArray<string> On, LocalizedText Message,
        EquatableArray<EquatableArray<PathSegment>> Reads, string AssertSource);

    /// <summary>The OZG classification of a service.</summary>
    public sealed record OzgClassification(string? Themenfeld, string? Leistungsbuendel, string? Leistung);

    /// <summary>A dated status change.</summary>
    public sealed record StatusChange(string Status, string On, string? Note);

    /// <summary>The change for citizens a service brings.</summary>
    public sealed record Impact(LocalizedText? Before, LocalizedText? After);

    /// <summary>The factory's management data about a service.</summary>
    public sealed record ServiceFactoryInfo(string? Status, string? Priority, decimal? EffortDays, string? Owner, int? Maturity, int? MaturityTarget,
        EquatableArray<StatusChange> History, EquatableArray<string> Reuse, Impact? Impact);

    /// <summary>How submissions are identified and delivered.</summary>
    public sealed record SubmissionSettings(string? Reference, EquatableArray<string> Formats);

    /// <summary>A bound service definition: everything every back end needs, resolved and checked.</summary>
    public sealed record FormModel
    {
        /// <summary>The service id.</summary>
        public string Id { get; init; } = "";
        /// <summary>The file it came from.</summary>
        public string SourcePath { get; init; } = "";
        /// <summary>The definition's version.</summary>
        public string? Version { get; init; }
        /// <summary>The service's title.</summary>
        public LocalizedText Title { get; init; } = LocalizedText.German("");
        /// <summary>A short description.</summary>
        public LocalizedText? Summary { get; init; }
        /// <summary>Search words.</summary>
        public EquatableArray<string> Keywords { get; init; } = EquatableArray<string>.Empty;
        /// <summary>The LeiKa key.</summary>
        public string? Leika { get; init; }
        /// <summary>The OZG classification.</summary>
        public OzgClassification? Ozg { get; init; }
        /// <summary>Municipality types the service is relevant for.</summary>
        public EquatableArray<string> Relevance { get; init; } = EquatableArray<string>.Empty;
        /// <summary>Legal bases.</summary>
        public EquatableArray<string> LegalBasis { get; init; } = EquatableArray<string>.Empty;
        /// <summary>The FIM master data schema (Stammdatenschema) the service corresponds to, e.g. <c>S00000094</c>.</summary>
        public string? Fim { get; init; }
        /// <summary>Notes for designers (provenance, FIM rules kept as text); never shown to citizens.</summary>
        public EquatableArray<string> Notes { get; init; } = EquatableArray<string>.Empty;
        /// <summary>Factory management data.</summary>
        public ServiceFactoryInfo? Factory { get; init; }
        /// <summary>The steps in order.</summary>
        public EquatableArray<StepModel> Steps { get; init; } = EquatableArray<StepModel>.Empty;
        /// <summary>Cross-field rules.</summary>
        public EquatableArray<RuleModel> Rules { get; init; } = EquatableArray<RuleModel>.Empty;
        /// <summary>Submission settings.</summary>
        public SubmissionSettings? Submission { get; init; }

        /// <summary>The top-level fields of all steps, in order (steps do not nest paths).</summary>
        public IEnumerable<FieldModel> Fields
        {
            get
            {
                foreach (var step in Steps)
                    foreach (var f in step.Fields)
                        yield return f;
            }
        }

        /// <summary>Every field at any depth, parents before children.</summary>
        public IEnumerable<FieldModel> AllFields
        {
            get
            {
                var stack = new Stack<FieldModel>();
                var top = new List<FieldModel>(Fields);
                for (int i = top.Count - 1; i >= 0; i--) stack.Push(top[i]);
                while (stack.Count > 0)
                {
                    var f = stack.Pop();
                    yield return f;
                    for (int i = f.Fields.Count - 1; i >= 0; i--) stack.Push(f.Fields[i]);
                }
            }
        }
    }
}
