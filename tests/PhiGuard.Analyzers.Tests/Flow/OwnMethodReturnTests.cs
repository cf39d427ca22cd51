using System.Threading.Tasks;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;
using static PhiGuard.Analyzers.Tests.Verifiers.ClinicService;
using ExceptionVerifier = PhiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<PhiGuard.Analyzers.Rules.PHI004ExceptionMessageLeakAnalyzer>;

namespace PhiGuard.Analyzers.Tests.Flow
{
    /// <summary>
    /// What a method of the code base returns, puts into an out argument or prints with <c>ToString()</c> is what its
    /// body computes, also through an interface or an abstract method whose implementations are all here.
    /// </summary>
    public class OwnMethodReturnTests
    {
        private const string Redirects = """
            public interface IRedirects
            {
                void Request(string caller, out string destination);
            }

            """;

        [Fact]
        public Task Out_argument_set_to_a_constant_by_the_only_implementation_is_clean() => Verify(Redirects + """
            public void Run(Patient patient, IRedirects redirects)
            {
                redirects.Request(patient.Name, out var destination);
                _logger.LogInformation("Redirect to {Destination}", destination);
            }

            private sealed class LoginRedirects : IRedirects
            {
                public void Request(string caller, out string destination) => destination = "/smart/login?store=main";
            }
            """);

        [Fact]
        public Task Out_argument_built_from_the_argument_by_the_implementation_is_reported() => Verify(Redirects + """
            public void Run(Patient patient, IRedirects redirects)
            {
                redirects.Request(patient.Name, out var destination);
                _logger.LogInformation("Redirect to {Destination}", {|PHI001:destination|});
            }

            private sealed class LoginRedirects : IRedirects
            {
                public void Request(string caller, out string destination) => destination = "/smart/login?caller=" + caller;
            }
            """);

        [Fact]
        public Task Abstract_method_whose_implementations_return_constants_is_clean() => Verify("""
            public void Run(Patient patient, Formatter formatter) => _logger.LogInformation("{Text}", formatter.Format(patient.Ssn));

            public abstract class Formatter
            {
                public abstract string Format(string value);
            }

            private sealed class Masking : Formatter
            {
                public override string Format(string value) => "***";
            }

            private sealed class Counting : Formatter
            {
                public override string Format(string value) => "value " + 42;
            }
            """);

        [Fact]
        public Task Abstract_method_is_reported_when_one_implementation_returns_the_argument() => Verify("""
            public void Run(Patient patient, Formatter formatter) => _logger.LogInformation("{Text}", {|PHI001:formatter.Format(patient.Ssn)|});

            public abstract class Formatter
            {
                public abstract string Format(string value);
            }

            private sealed class Masking : Formatter
            {
                public override string Format(string value) => "***";
            }

            private sealed class Plain : Formatter
            {
                public override string Format(string value) => value.Trim();
            }
            """);

        [Fact]
        public Task Virtual_method_is_reported_when_an_override_returns_the_argument() => Verify("""
            public void Run(Patient patient, Formatter formatter) => _logger.LogInformation("{Text}", {|PHI001:formatter.Format(patient.Ssn)|});

            public class Formatter
            {
                public virtual string Format(string value) => "***";
            }

            private sealed class Plain : Formatter
            {
                public override string Format(string value) => value;
            }
            """);

        [Fact]
        public Task Library_interface_implemented_here_stays_derived_from_its_arguments() => Verify("""
            public void Run(Patient patient, ICustomFormatter formatter) => _logger.LogInformation("{Text}", {|PHI001:formatter.Format(null, patient.Ssn, null)|});

            private sealed class Masking : ICustomFormatter
            {
                public string Format(string? format, object? arg, IFormatProvider? formatProvider) => "***";
            }
            """);

        private const string Entry = """
            private sealed class Entry
            {
                public int Key { get; set; }
                public string Note { get; set; } = "";

            """;

        [Fact]
        public Task Own_ToString_printing_unprotected_members_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                var entry = new Entry { Key = patient.Id, Note = patient.Name };
                _logger.LogInformation("Failed {Entry}", $"interaction {entry}");
                _logger.LogInformation("Failed {Entry}", "interaction " + entry);
                _logger.LogInformation("Failed {Entry}", new StringBuilder().Append($"interaction {entry}").ToString());
            }

            """ + Entry + """
                public override string ToString() => $"entry {Key}";
            }
            """);

        [Fact]
        public Task Own_ToString_printing_a_protected_member_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                var entry = new Entry { Key = patient.Id, Note = patient.Name };
                _logger.LogInformation("Failed {Entry}", {|PHI001:$"interaction {entry}"|});
                _logger.LogInformation("Failed {Entry}", {|PHI001:"interaction " + entry|});
                _logger.LogInformation("Failed {Entry}", {|PHI001:new StringBuilder().Append($"interaction {entry}").ToString()|});
            }

            """ + Entry + """
                public override string ToString() => $"entry {Key}: {Note}";
            }
            """);

        private const string Clearinghouse = """
            private static string Exchange(string message, string folder)
            {
                var output = System.IO.Path.Combine(folder, "output.000");
                System.IO.File.WriteAllText(System.IO.Path.Combine(folder, "input.000"), message, Encoding.GetEncoding(850));
                var response = System.IO.File.ReadAllText(output, Encoding.GetEncoding(850));
                var prefix = System.Text.RegularExpressions.Regex.Match(response, @"^\d+,\d+,\d+,");
                if (prefix.Success)
                {
                    response = response.Substring(prefix.Length);
                }

                if (response.Length < 50)
                {
                    var log = System.IO.File.Exists("ica.log") ? System.IO.File.ReadAllText("ica.log") : "";
                    throw new InvalidOperationException("Invalid response: " + response + "\r\nError log:\r\n" + log);
                }

                return response;
            }

            """;

        [Fact]
        public Task Response_read_from_disk_is_not_the_message_sent() => ExceptionVerifier.VerifyAsync(Wrap("""
            public void Run(Patient patient)
            {
                var result = Exchange("claim " + patient.Ssn, "C:\\ica");
                throw new InvalidOperationException("Rejected: " + result);
            }

            """ + Clearinghouse), Policies.Clinic, TestReferences.Logging);

        [Fact]
        public Task Response_that_echoes_the_message_sent_is_reported() => ExceptionVerifier.VerifyAsync(Wrap("""
            public void Run(Patient patient)
            {
                var result = Echo("claim " + patient.Ssn);
                throw new InvalidOperationException({|PHI004:"Rejected: " + result|});
            }

            private static string Echo(string message) => message + Exchange(message.Substring(0, 3), "C:\\ica");

            """ + Clearinghouse), Policies.Clinic, TestReferences.Logging);
    }
}
