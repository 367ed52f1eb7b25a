namespace FormFactory.Definitions.Diagnostics
{
    /// <summary>A kind of problem: stable id, severity, a title and a message template (<c>{0}</c>, <c>{1}</c> …).</summary>
    /// <param name="Id">The stable code, <c>FF</c> and four digits.</param>
    /// <param name="Severity">Error or warning.</param>
    /// <param name="Title">A short name for documentation and SARIF rules.</param>
    /// <param name="MessageFormat">The message, with <see cref="string.Format(string, object[])"/> placeholders.</param>
    public sealed record DiagnosticDescriptor(string Id, DiagnosticSeverity Severity, string Title, string MessageFormat);
}
