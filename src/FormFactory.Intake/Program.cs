namespace FormFactory.Intake
{
    /// <summary>The intake service as a plain ASP.NET Core app, configured by appsettings.json and environment variables (docs/intake.md).</summary>
    public sealed class Program
    {
        // Not static, so tests can name it as WebApplicationFactory's entry point.
        private Program() { }

        /// <summary>Runs the host until it is stopped.</summary>
        public static void Main(string[] args) => IntakeApp.Create(args).Run();
    }
}
