using System.Runtime.InteropServices;

namespace FormFactory.Runtime
{
    /// <summary>
    /// A decimal's parts read in place: the flags (sign and scale) in the first 32 bits, the high 32 bits of the
    /// coefficient next, and its low 64 bits last, on .NET Framework and .NET alike (little-endian). Where
    /// <c>decimal.GetBits</c> allocates an array per call, this allocates nothing.
    /// </summary>
    [StructLayout(LayoutKind.Explicit)]
    internal struct DecimalParts
    {
        [FieldOffset(0)] public decimal Value;
        [FieldOffset(0)] public int Flags;
        [FieldOffset(4)] public uint High;
        [FieldOffset(8)] public ulong Low;

        /// <summary>Digits after the point.</summary>
        public int Scale => (Flags >> 16) & 0xFF;

        /// <summary>The parts of <paramref name="value"/>.</summary>
        public static DecimalParts Of(decimal value) => new DecimalParts { Value = value };

        /// <summary>True when the coefficient is below <paramref name="limit"/> (so arithmetic on it stays far inside 96 bits).</summary>
        public bool CoefficientBelow(ulong limit) => High == 0 && Low < limit;
    }
}
