using System.Threading.Tasks;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;
using VerifyCS = PhiGuard.Analyzers.Tests.Verifiers.CodeFixVerifier<PhiGuard.Analyzers.Rules.PHI006UrlLeakAnalyzer, PhiGuard.CodeFixes.Rules.PHI006UrlLeakFixer>;

namespace PhiGuard.Analyzers.Tests.Fixes
{
    public class PHI006UrlLeakFixerTests
    {
        private static string Wrap(string members) => """
            using System.Net.Http;
            using System.Threading.Tasks;
            using Clinic;

            public class Records
            {
            """ + members + """

            }
            """ + Policies.Model;

        [Fact]
        public Task Request_url_uses_the_id_instead_of_the_name() => VerifyCS.VerifyAsync(
            Wrap("""
                public Task<HttpResponseMessage> Find(HttpClient client, Patient patient) => client.GetAsync({|PHI006:$"https://records.example/patients?name={patient.Name}"|});
            """),
            Wrap("""
                public Task<HttpResponseMessage> Find(HttpClient client, Patient patient) => client.GetAsync($"https://records.example/patients?name={patient.Id}");
            """),
            Policies.Clinic,
            TestReferences.AspNetCore,
            "PhiGuard.UseUnprotectedMember.Id");

        [Fact]
        public Task No_member_fix_for_a_value_without_an_owning_object() => VerifyCS.VerifyNotOfferedAsync(
            Wrap("""
                public Task<HttpResponseMessage> Find(HttpClient client, string patientSsn) => client.GetAsync({|PHI006:"https://records.example/find?ssn=" + patientSsn|});
            """),
            Policies.Clinic,
            TestReferences.AspNetCore,
            "PhiGuard.UseUnprotectedMember.Id");
    }
}
