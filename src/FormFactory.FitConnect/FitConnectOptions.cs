using System;

namespace FormFactory.FitConnect
{
    /// <summary>How to export a submission for FIT-Connect.</summary>
    public sealed record FitConnectOptions
    {
        /// <summary>The data sent as the submission's <c>data</c>: <c>json</c> (default) or <c>xml</c> (the FIM-named rendering).</summary>
        public string DataFormat { get; init; } = "json";

        /// <summary>
        /// The submission schema's URI for <c>contentStructure.data.submissionSchema.schemaUri</c>; default:
        /// <c>urn:formfactory:submission:&lt;service&gt;[:&lt;version&gt;]</c>.
        /// </summary>
        public string? SchemaUri { get; init; }

        /// <summary>The day the validator takes for today (default: today in Europe/Berlin).</summary>
        public Func<DateTime>? Today { get; init; }

        /// <summary>The sender's reference for <c>additionalReferenceInfo.senderReference</c>.</summary>
        public string? SenderReference { get; init; }

        /// <summary>The application date (YYYY-MM-DD) for <c>additionalReferenceInfo.applicationDate</c>.</summary>
        public string? ApplicationDate { get; init; }
    }
}
