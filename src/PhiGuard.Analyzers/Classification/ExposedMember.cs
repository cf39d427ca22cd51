using Microsoft.CodeAnalysis;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Classification
{
    /// <summary>A protected member that writing a whole object would reveal, by its path: <c>Appointment.Patient.Phone</c>.</summary>
    internal sealed class ExposedMember
    {
        public ExposedMember(string path, Selector selector, ISymbol? member)
        {
            Path = path;
            Selector = selector;
            Member = member;
        }

        public string Path { get; }

        public Selector Selector { get; }

        /// <summary>The member (property or field) whose value is written, or null when the value itself is protected.</summary>
        public ISymbol? Member { get; }
    }
}
