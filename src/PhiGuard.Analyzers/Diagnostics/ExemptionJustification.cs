using System;
using Microsoft.CodeAnalysis;

namespace PhiGuard.Analyzers.Diagnostics
{
    /// <summary>
    /// The justification a suppression carries into build logs and SARIF: the text of one policy exemption or
    /// approved sink. Roslyn accepts a suppression only when its descriptor equals one the suppressor declared up
    /// front, before any policy is read. Every such justification therefore counts as equal to every other, so a
    /// descriptor made for one entry is accepted as the declared one and still carries its own text.
    /// </summary>
    internal sealed class ExemptionJustification : LocalizableString
    {
        private const int SharedHash = 0x50484958;

        private readonly string _text;

        public ExemptionJustification(string text)
        {
            _text = text;
        }

        protected override string GetText(IFormatProvider? formatProvider) => _text;

        protected override int GetHash() => SharedHash;

        protected override bool AreEqual(object? other) => other is ExemptionJustification;
    }
}
