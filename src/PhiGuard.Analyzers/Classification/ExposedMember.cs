using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Classification
{
    /// <summary>A protected member that writing a whole object would reveal, by its path: <c>Appointment.Patient.Phone</c>.</summary>
    internal sealed class ExposedMember
    {
        public ExposedMember(string path, Selector selector)
        {
            Path = path;
            Selector = selector;
        }

        public string Path { get; }

        public Selector Selector { get; }
    }
}
