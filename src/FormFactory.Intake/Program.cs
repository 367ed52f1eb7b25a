namespace FormFactory.Intake
{
    /// <summary>The intake service as a plain ASP.NET Core app, configured by appsettings.json and environment variables (docs/intake.md).</summary>
    public static class Program
    {
        /// <summary>Runs the host until it is stopped.</summary>
        public static void Main(string[] args) => IntakeApp.Create(args).Run();
    }
}
