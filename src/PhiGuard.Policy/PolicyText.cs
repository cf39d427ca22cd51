using System.Text;

namespace PhiGuard.Policy
{
    /// <summary>
    /// A policy file's text as RFC 8259 and <c>docs/policy.md</c> define it: UTF-8, with no raw control characters.
    /// Bytes that are not UTF-8 (a stray <c>ff</c>, an overlong <c>c0 af</c>, a lone continuation byte, an encoded
    /// surrogate <c>ed a0 80</c>) are decoded as U+FFFD, which the parser then reports where it stands; so the command
    /// line (which reads the bytes) and the analyzers (which receive text from the compiler) report the same place.
    /// </summary>
    public static class PolicyText
    {
        private const char Replacement = '\uFFFD';

        private static readonly Encoding Lenient = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

        /// <summary>The text of a policy file's bytes, without a leading byte order mark; invalid sequences become U+FFFD.</summary>
        public static string Decode(byte[] bytes, int count)
        {
            var start = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            return Lenient.GetString(bytes, start, count - start);
        }

        /// <summary>The text again as the UTF-8 it should have been: for text a reader decoded in another encoding.</summary>
        public static string AsUtf8(Encoding readAs, string text)
        {
            var bytes = readAs.GetBytes(text);
            return Decode(bytes, bytes.Length);
        }

        /// <summary>
        /// The first character a policy's text may not contain, with why; or null when there is none. Between tokens
        /// only space, tab and line breaks may stand; inside a string no control character at all (RFC 8259 section 7).
        /// </summary>
        internal static (int Index, string Message)? FirstForbidden(string text)
        {
            var inString = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == Replacement || (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))))
                {
                    return (i, "the policy file is not valid UTF-8 here; save it as UTF-8");
                }

                if (char.IsHighSurrogate(c))
                {
                    i++;
                }
                else if (c < ' ' && (inString || (c != '\t' && c != '\n' && c != '\r')))
                {
                    var code = ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture);
                    return (i, "a raw control character (U+" + code.ToUpperInvariant() + ") is not allowed in JSON" + (inString ? "; inside a string write it as \\u" + code : string.Empty));
                }
                else if (c == '\\' && inString)
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = !inString;
                }
            }

            return null;
        }
    }
}
