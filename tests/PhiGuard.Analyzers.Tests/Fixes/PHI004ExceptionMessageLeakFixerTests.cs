using System.Threading.Tasks;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;
using VerifyCS = PhiGuard.Analyzers.Tests.Verifiers.CodeFixVerifier<PhiGuard.Analyzers.Rules.PHI004ExceptionMessageLeakAnalyzer, PhiGuard.CodeFixes.Rules.PHI004ExceptionMessageLeakFixer>;

namespace PhiGuard.Analyzers.Tests.Fixes
{
    public class PHI004ExceptionMessageLeakFixerTests
    {
        private static Task Verify(string members, string fixedMembers, string key) =>
            VerifyCS.VerifyAsync(Wrap(members), Wrap(fixedMembers), Policies.Clinic, TestReferences.Net, key);

        private static string Wrap(string members) => """
            using System;
            using Clinic;

            public class Charts
            {
            """ + members + """

            }
            """ + Policies.Model;

        [Fact]
        public Task Protected_read_in_an_interpolated_message_becomes_the_id() => Verify(
            """
                public void Open(Patient patient) => throw new InvalidOperationException({|PHI004:$"No chart for {patient.Name}"|});
            """,
            """
                public void Open(Patient patient) => throw new InvalidOperationException($"No chart for {patient.Id}");
            """,
            "PhiGuard.UseUnprotectedMember.Id");

        [Fact]
        public Task A_message_that_takes_text_gets_the_id_as_text() => Verify(
            """
                public void Open(Patient patient) => throw new ArgumentException({|PHI004:patient.Name|});
            """,
            """
                public void Open(Patient patient) => throw new ArgumentException(patient.Id.ToString());
            """,
            "PhiGuard.UseUnprotectedMember.Id");

        [Fact]
        public Task Message_is_masked_by_the_policy_sanitizer() => Verify(
            """
                public void Open(Patient patient) => throw new ArgumentException({|PHI004:patient.Ssn|}, nameof(patient));
            """,
            """
                public void Open(Patient patient) => throw new ArgumentException(Phi.Mask(patient.Ssn), nameof(patient));
            """,
            "PhiGuard.Sanitize.Clinic.Phi.Mask");
    }
}
