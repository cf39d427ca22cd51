using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;
using VerifyCS = PhiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<PhiGuard.Analyzers.Rules.PHI001LogLeakAnalyzer>;

namespace PhiGuard.Analyzers.Tests.Packs
{
    /// <summary>builtin:hipaa-safe-harbor: the 18 Safe Harbor identifiers, and the false friends it leaves alone.</summary>
    public class HipaaSafeHarborPackTests
    {
        private static readonly string Pack = Policies.Extending("hipaa-safe-harbor");

        private static Task Verify(string body, string? policy, ReferenceAssemblies references, params DiagnosticResult[] expected) =>
            PackVerifier.VerifyAsync(policy, references, "using System;\nusing System.IO;\nusing System.Net.Mail;", body, string.Empty, expected);

        private static Task Verify(string body, params DiagnosticResult[] expected) => Verify(body, Pack, TestReferences.Logging, expected);

        private static int LineOf(string text) =>
            Array.FindIndex(File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "policies", "hipaa-safe-harbor.json")), line => line.Contains(text, StringComparison.Ordinal)) + 1;

        [Theory]
        [InlineData("patientFirstName")]
        [InlineData("LastName")]
        [InlineData("fullName")]
        [InlineData("surname")]
        [InlineData("streetAddress")]
        [InlineData("addressLine1")]
        [InlineData("city")]
        [InlineData("zipCode")]
        [InlineData("postcode")]
        [InlineData("latitude")]
        [InlineData("dateOfBirth")]
        [InlineData("dob")]
        [InlineData("admissionDate")]
        [InlineData("dateOfDeath")]
        [InlineData("phoneNumber")]
        [InlineData("mobilePhone")]
        [InlineData("faxNumber")]
        [InlineData("email")]
        [InlineData("contactEmailAddress")]
        [InlineData("ssn")]
        [InlineData("patientSsn")]
        [InlineData("socialSecurityNumber")]
        [InlineData("mrn")]
        [InlineData("medicalRecordNumber")]
        [InlineData("beneficiaryId")]
        [InlineData("memberId")]
        [InlineData("medicareNumber")]
        [InlineData("accountNumber")]
        [InlineData("iban")]
        [InlineData("creditCardNumber")]
        [InlineData("licenseNumber")]
        [InlineData("driversLicence")]
        [InlineData("passportNumber")]
        [InlineData("vin")]
        [InlineData("licensePlate")]
        [InlineData("serialNumber")]
        [InlineData("deviceId")]
        [InlineData("imei")]
        [InlineData("macAddress")]
        [InlineData("profileUrl")]
        [InlineData("ipAddress")]
        [InlineData("remoteIp")]
        [InlineData("ip")]
        [InlineData("fingerprintTemplate")]
        [InlineData("fingerprintImage")]
        [InlineData("voicePrint")]
        [InlineData("biometricTemplate")]
        [InlineData("facePhoto")]
        [InlineData("profilePicture")]
        [InlineData("nationalId")]
        public Task Safe_harbor_identifier_is_protected_by_its_name(string name) => PackVerifier.VerifyNameAsync("hipaa-safe-harbor", name, isProtected: true);

        [Theory]
        [InlineData("fileName")]
        [InlineData("typeName")]
        [InlineData("hostName")]
        [InlineData("userAgent")]
        [InlineData("machineName")]
        [InlineData("className")]
        [InlineData("processName")]
        [InlineData("isAddressNegated")]
        [InlineData("remainingTimeInMinutes")]
        [InlineData("capacity")]
        [InlineData("zip")]
        [InlineData("microphone")]
        [InlineData("emailConfirmed")]
        [InlineData("localIpAddress")]
        [InlineData("serverIp")]
        [InlineData("remoteIpFilter")]
        [InlineData("fingerprint")]
        [InlineData("certificateFingerprint")]
        [InlineData("contentFingerprint")]
        [InlineData("birthYear")]
        [InlineData("createdDate")]
        [InlineData("url")]
        [InlineData("id")]
        public Task False_friend_is_not_protected(string name) => PackVerifier.VerifyNameAsync("hipaa-safe-harbor", name, isProtected: false);

        [Fact]
        public Task Properties_of_any_type_are_protected_by_their_name() => Verify("""
            public class Member { public int Id { get; set; } public string Email { get; set; } = ""; public string HomePhone { get; set; } = ""; public string Plan { get; set; } = ""; }

            public void Run(Member member)
            {
                _logger.LogInformation("Member {Email} {Phone}", {|PHI001:member.Email|}, {|PHI001:member.HomePhone|});
                _logger.LogInformation("Member {Id} on {Plan}", member.Id, member.Plan);
            }
            """);

        [Fact]
        public Task Mail_address_values_are_protected() => Verify("""
            public void Run(string text)
            {
                var address = new MailAddress(text);
                _logger.LogInformation("Sending to {Address}", {|PHI001:address|});
                _logger.LogInformation("Sending to {Host}", {|PHI001:address.Host|});
            }
            """);

        [Fact]
        public Task Full_names_of_types_assemblies_files_and_archive_entries_are_not_protected() => Verify("""
            public void Run(FileInfo file, System.IO.Compression.ZipArchiveEntry entry)
            {
                _logger.LogInformation("Type {Type}", typeof(Service).FullName);
                _logger.LogInformation("Assembly {Assembly}", typeof(Service).Assembly.FullName);
                _logger.LogInformation("Assembly {Assembly}", typeof(Service).Assembly.GetName().FullName);
                _logger.LogInformation("File {Path}", file.FullName);
                _logger.LogInformation("Directory {Path}", file.Directory!.FullName);
                _logger.LogInformation("Entry {Path}", entry.FullName);
            }
            """);

        [Fact]
        public Task Certificate_serial_numbers_are_not_protected() => Verify("""
            public void Run(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate) =>
                _logger.LogInformation("Certificate {Serial}", certificate.SerialNumber);
            """);

        [Fact]
        public Task Client_address_is_protected_and_server_address_is_not() => Verify(
            """
            public void Run(Microsoft.AspNetCore.Http.HttpContext context)
            {
                _logger.LogInformation("Request from {Client}", {|PHI001:context.Connection.RemoteIpAddress|});
                _logger.LogInformation("Served by {Server}", context.Connection.LocalIpAddress);
            }
            """,
            Pack,
            TestReferences.WebWithEntityFramework);

        [Fact]
        public Task Message_cites_the_regulation_clause() => Verify(
            """
            public void Run(string email) => _logger.LogInformation("Value {Value}", {|#0:email|});
            """,
            VerifyCS.Diagnostic("PHI001").WithLocation(0).WithArguments(
                "email",
                "name \"*email*\" (builtin:hipaa-safe-harbor:" + LineOf("\"*email*\"") + "): 45 CFR 164.514(b)(2)(i)(F): electronic mail addresses",
                "is written to a log by ILogger.LogInformation"));

        [Fact]
        public Task Project_without_a_policy_is_analysed_with_this_pack() => Verify(
            """
            public void Run(string patientEmail, string reference)
            {
                _logger.LogInformation("Patient {Email}", {|PHI001:patientEmail|});
                _logger.LogInformation("Reference {Reference}", reference);
            }
            """,
            null,
            TestReferences.Logging);
    }
}
