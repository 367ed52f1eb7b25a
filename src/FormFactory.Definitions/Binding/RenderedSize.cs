using System.Collections.Generic;
using System.Globalization;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Syntax;
using FormFactory.Runtime;

namespace FormFactory.Definitions.Binding
{
    /// <summary>
    /// Bounds what a fresh page of a form renders (<see cref="DefinitionLimits.MaxRenderedElements"/>, FF0312):
    /// repeated groups multiply their contents through every nesting level, so a few hundred bytes of definition
    /// could otherwise describe a page of gigabytes. One pass over the fields, with saturating arithmetic.
    /// </summary>
    internal static class RenderedSize
    {
        /// <summary>Sizes are counted in options: a field is <see cref="DefinitionLimits.OptionsPerField"/> of them.</summary>
        private const long Limit = (long)DefinitionLimits.MaxRenderedElements * DefinitionLimits.OptionsPerField;

        /// <summary>Large enough to stand for "over the limit" at any nesting depth without overflowing a long.</summary>
        private const long Saturated = long.MaxValue / 1024;

        public static void Check(IReadOnlyList<FieldDraft> roots, DiagnosticBag diagnostics)
        {
            var sizes = new Dictionary<FieldDraft, long>();
            long total = 0;
            foreach (var r in roots) total = Add(total, SizeOf(r, sizes));
            if (total <= Limit) return;
            var (location, where) = Culprit(roots, sizes);
            long fields = (total + DefinitionLimits.OptionsPerField - 1) / DefinitionLimits.OptionsPerField;
            diagnostics.Report(DiagnosticDescriptors.PageTooLarge, location,
                total >= Saturated ? "more" : fields.ToString("N0", CultureInfo.InvariantCulture), where,
                DefinitionLimits.MaxRenderedElements.ToString("N0", CultureInfo.InvariantCulture));
        }

        /// <summary>What a fresh page renders of <paramref name="d"/>: itself, its options, and its contents as often as they are shown.</summary>
        private static long SizeOf(FieldDraft d, Dictionary<FieldDraft, long> sizes)
        {
            WorkCounter.Step();
            long size = DefinitionLimits.OptionsPerField + (d.Model.CodeList?.Values.Count ?? 0);
            long contents = 0;
            foreach (var c in d.Children) contents = Add(contents, SizeOf(c, sizes));
            if (d.Model.Repeat is { } repeat) contents = Multiply(contents, repeat.RenderedEntries + 1L);
            size = Add(size, contents);
            sizes[d] = size;
            return size;
        }

        /// <summary>
        /// Where to point: the outermost repeated group that alone goes over the limit (its <c>repeat</c>), else the
        /// field at which the running total does.
        /// </summary>
        private static (SourceLocation Location, string Where) Culprit(IReadOnlyList<FieldDraft> fields, Dictionary<FieldDraft, long> sizes)
        {
            long running = 0;
            FieldDraft? last = null;
            foreach (var f in fields)
            {
                last = f;
                long size = sizes[f];
                if (size > Limit)
                {
                    if (f.Model.Repeat != null && f.Syntax.Find("repeat")?.Value is { } repeat)
                        return (repeat.Location, $"for the repeated group '{f.Model.Path}'");
                    if (f.Children.Count > 0) return Culprit(f.Children, sizes);
                }
                running = Add(running, size);
                if (running > Limit) return (f.Syntax.Location, $"up to the field '{f.Model.Path}'");
            }
            return (last!.Syntax.Location, $"up to the field '{last.Model.Path}'");
        }

        private static long Add(long a, long b) => a >= Saturated - b ? Saturated : a + b;

        private static long Multiply(long a, long b) => b != 0 && a >= Saturated / b ? Saturated : a * b;
    }
}
