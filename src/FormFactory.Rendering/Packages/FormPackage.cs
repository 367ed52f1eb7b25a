using System.Collections.Generic;

namespace FormFactory.Rendering.Packages
{
    /// <summary>A rendered form package: one service as one tenant offers it.</summary>
    /// <param name="TenantId">The tenant.</param>
    /// <param name="ServiceId">The service.</param>
    /// <param name="Files">Its files, manifest included, sorted by path.</param>
    /// <param name="Zip">The same files as a zip below the folder <paramref name="ServiceId"/>.</param>
    public sealed record FormPackage(string TenantId, string ServiceId, IReadOnlyList<PackageFile> Files, byte[] Zip);
}
