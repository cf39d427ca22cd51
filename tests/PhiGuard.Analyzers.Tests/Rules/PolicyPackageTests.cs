using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PhiGuard.Analyzers.Rules;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;

namespace PhiGuard.Analyzers.Tests.Rules
{
    /// <summary>
    /// <c>extends: ["package:&lt;id&gt;"]</c> resolved from the AdditionalFiles a policy package's build props add, which
    /// carry the package id as <c>PhiGuardPolicyPackage</c> metadata (passed here through a global analyzer config, as
    /// the build passes it).
    /// </summary>
    public class PolicyPackageTests
    {
        private const string PackageFolder = "/nuget/contoso.security.policy/1.2.0/phiguard/";
        private const string Consumer = """{ "version": 1, "extends": [ "package:Contoso.Security.Policy" ] }""";
        private const string PackagePolicy = "{\n  \"version\": 1,\n  \"protected\": [ { \"type\": \"Clinic.Visit\", \"members\": [\"Notes\"] } ]\n}";

        private static void AddPackageFile<TAnalyzer>(AnalyzerVerifier<TAnalyzer>.Test test, string fileName, string text, string packageId = "Contoso.Security.Policy")
            where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
        {
            test.TestState.AdditionalFiles.Add((PackageFolder + fileName, text));
            test.TestState.AnalyzerConfigFiles.Add(("/package-" + fileName + ".globalconfig", "is_global = true\n\n[" + PackageFolder + fileName + "]\nbuild_metadata.AdditionalFiles.PhiGuardPolicyPackage = " + packageId + "\n"));
        }

        [Fact]
        public async Task Leak_of_data_a_package_protects_names_the_package_entry()
        {
            var test = AnalyzerVerifier<PHI001LogLeakAnalyzer>.CreateTest(ClinicService.Wrap("""
                public void Run(Visit visit) => _logger.LogWarning("Notes {N}", visit.Notes);
                """), Consumer, TestReferences.Logging);
            AddPackageFile(test, "policy.json", PackagePolicy);
            test.ExpectedDiagnostics.Add(AnalyzerVerifier<PHI001LogLeakAnalyzer>.Diagnostic("PHI001")
                .WithSpan(ClinicService.FirstLine, 65, ClinicService.FirstLine, 76)
                .WithArguments("Visit.Notes", "type \"Clinic.Visit\" member \"Notes\" (package:Contoso.Security.Policy:3)", "is written to a log by ILogger.LogWarning"));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Package_files_without_the_package_metadata_do_not_resolve_it()
        {
            var test = AnalyzerVerifier<PolicyAnalyzer>.CreateTest("public class C { }", Consumer, TestReferences.Net);
            test.TestState.AdditionalFiles.Add((PackageFolder + "policy.json", PackagePolicy));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("PHI100", DiagnosticSeverity.Error)
                .WithLocation("phiguard.json", 1, 30)
                .WithArguments("cannot read the policy package \"Contoso.Security.Policy\"; the project references no policy package; add <PackageReference Include=\"Contoso.Security.Policy\" Version=\"...\" PrivateAssets=\"all\" /> to the project and restore, so the package's build props pass its phiguard/*.json files to the compiler"));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Another_policy_package_is_named_when_the_extended_one_is_missing()
        {
            var test = AnalyzerVerifier<PolicyAnalyzer>.CreateTest("public class C { }", Consumer, TestReferences.Net);
            AddPackageFile(test, "policy.json", PackagePolicy, packageId: "Contoso.Other.Policy");
            test.ExpectedDiagnostics.Add(new DiagnosticResult("PHI100", DiagnosticSeverity.Error)
                .WithLocation("phiguard.json", 1, 30)
                .WithArguments("cannot read the policy package \"Contoso.Security.Policy\"; the project's policy packages are Contoso.Other.Policy; add <PackageReference Include=\"Contoso.Security.Policy\" Version=\"...\" PrivateAssets=\"all\" /> to the project and restore, so the package's build props pass its phiguard/*.json files to the compiler"));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Invalid_package_policy_is_PHI100_in_the_package_file_named_by_package_and_line()
        {
            var test = AnalyzerVerifier<PolicyAnalyzer>.CreateTest("public class C { }", Consumer, TestReferences.Net);
            AddPackageFile(test, "policy.json", "{\n  \"version\": 1,\n  \"protected\": [ { \"name\": \"\" } ]\n}");
            test.ExpectedDiagnostics.Add(new DiagnosticResult("PHI100", DiagnosticSeverity.Error)
                .WithLocation(PackageFolder + "policy.json", 3, 28)
                .WithArguments("package:Contoso.Security.Policy:3: \"name\" must not be empty"));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Package_file_named_phiguard_json_is_not_taken_for_the_project_policy()
        {
            var test = AnalyzerVerifier<PolicyAnalyzer>.CreateTest("public class C { }", Consumer, TestReferences.Net);
            AddPackageFile(test, "policy.json", """{ "version": 1, "extends": [ "phiguard.json" ] }""");
            AddPackageFile(test, "phiguard.json", "{\n  \"version\": 1,\n  \"protectd\": []\n}");
            test.ExpectedDiagnostics.Add(new DiagnosticResult("PHI100", DiagnosticSeverity.Error)
                .WithLocation(PackageFolder + "phiguard.json", 3, 3)
                .WithArguments("package:Contoso.Security.Policy/phiguard.json:3: unknown key \"protectd\" in policy; allowed keys: $schema, version, name, extends, protected, unprotected, sanitizers, sinks, rules, exemptions, approvedSinks"));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task File_a_package_policy_extends_beside_it_is_read_from_the_package()
        {
            var test = AnalyzerVerifier<PolicyAnalyzer>.CreateTest("public class C { }", Consumer, TestReferences.Net);
            AddPackageFile(test, "policy.json", """{ "version": 1, "extends": [ "base.json" ] }""");
            AddPackageFile(test, "base.json", "{\n  \"version\": 2\n}");
            test.ExpectedDiagnostics.Add(new DiagnosticResult("PHI100", DiagnosticSeverity.Error)
                .WithLocation(PackageFolder + "base.json", 2, 14)
                .WithArguments("package:Contoso.Security.Policy/base.json:2: \"version\" must be the number 1, found the number 2"));
            await test.RunAsync(CancellationToken.None);
        }
    }
}
