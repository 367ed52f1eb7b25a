using System;
using System.Text;

namespace FormFactory.Rendering.Views
{
    /// <summary>
    /// URLs that go into <c>href</c> and <c>action</c>: HTML-encoding keeps them inside their attribute, but only a scheme
    /// check keeps <c>javascript:</c> out, so every URL from a definition passes through here.
    /// </summary>
    public static class Links
    {
        /// <summary><paramref name="url"/> when it is an absolute http(s) URL, else null.</summary>
        public static string? SafeHttpUrl(string? url)
        {
            if (string.IsNullOrWhiteSpace(url)) return null;
            if (!Uri.TryCreate(url!.Trim(), UriKind.Absolute, out var uri)) return null;
            if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) return null;
            return uri.AbsoluteUri;
        }

        /// <summary>The origin (scheme, host, port) of an http(s) URL, for the Content-Security-Policy.</summary>
        public static string Origin(string url)
        {
            var uri = new Uri(url);
            return uri.GetLeftPart(UriPartial.Authority);
        }

        /// <summary>The digits of a phone number with a leading <c>+</c> kept, for <c>tel:</c> links.</summary>
        public static string PhoneDigits(string phone)
        {
            var sb = new StringBuilder();
            foreach (char c in phone)
                if ((c >= '0' && c <= '9') || (c == '+' && sb.Length == 0)) sb.Append(c);
            return sb.ToString();
        }
    }
}
