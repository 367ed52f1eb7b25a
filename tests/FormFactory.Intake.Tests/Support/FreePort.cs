using System.Net;
using System.Net.Sockets;

namespace FormFactory.Intake.Tests.Support
{
    /// <summary>A loopback port nothing listens on right now (the system's choice).</summary>
    public static class FreePort
    {
        public static int Next()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            int port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }
    }
}
