using System.Threading.Tasks;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;
using VerifyCS = PhiGuard.Analyzers.Tests.Verifiers.CodeFixVerifier<PhiGuard.Analyzers.Rules.PHI005TelemetryLeakAnalyzer, PhiGuard.CodeFixes.Rules.PHI005TelemetryLeakFixer>;

namespace PhiGuard.Analyzers.Tests.Fixes
{
    public class PHI005TelemetryLeakFixerTests
    {
        private static Task Verify(string members, string fixedMembers, string key) =>
            VerifyCS.VerifyAsync(Wrap(members), Wrap(fixedMembers), Policies.Clinic, TestReferences.Net, key);

        private static string Wrap(string members) => """
            using System.Diagnostics;
            using Clinic;

            public class Tracing
            {
            """ + members + """

            }
            """ + Policies.Model;

        [Fact]
        public Task Activity_tag_carries_the_id_instead_of_the_patient() => Verify(
            """
                public void Tag(Patient patient) => Activity.Current?.SetTag("patient", {|PHI005:patient|});
            """,
            """
                public void Tag(Patient patient) => Activity.Current?.SetTag("patient", patient.Id);
            """,
            "PhiGuard.UseUnprotectedMember.Id");

        [Fact]
        public Task Activity_tag_value_is_masked() => Verify(
            """
                public void Tag(Activity activity, Patient patient) => activity.SetTag("ssn", {|PHI005:patient.Ssn|});
            """,
            """
                public void Tag(Activity activity, Patient patient) => activity.SetTag("ssn", Phi.Mask(patient.Ssn));
            """,
            "PhiGuard.Sanitize.Clinic.Phi.Mask");
    }
}
