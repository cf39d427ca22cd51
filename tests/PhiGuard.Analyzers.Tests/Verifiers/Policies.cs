namespace PhiGuard.Analyzers.Tests.Verifiers
{
    /// <summary>Policies and domain models the rule tests share.</summary>
    internal static class Policies
    {
        /// <summary>A policy that adopts one built-in pack and adds nothing.</summary>
        public static string Extending(string pack) => "{ \"version\": 1, \"extends\": [ \"builtin:" + pack + "\" ] }";

        /// <summary>A clinic's policy: the patient type, notes and diagnosis of a visit, a lab value, an SSN glob, carve-outs, a sanitizer.</summary>
        public const string Clinic = """
            {
              "version": 1,
              "name": "test-clinic",
              "protected": [
                { "type": "Clinic.Patient", "category": "demographics", "reason": "HIPAA identifiers" },
                { "type": "Clinic.Visit", "members": ["Notes", "Diagnosis"] },
                { "member": "Clinic.LabResult.Value" },
                { "name": "*ssn*" },
                { "source": "Clinic.PatientStore.ReadNotes" }
              ],
              "unprotected": [ { "member": "Clinic.Patient.Id" } ],
              "sanitizers": [ "Clinic.Phi.Mask" ]
            }
            """;

        /// <summary>The domain model <see cref="Clinic"/> talks about; referrals, their cards and DTOs are not protected types, but referrals carry an SSN member.</summary>
        public const string Model = """

            namespace Clinic
            {
                public class Patient
                {
                    public int Id { get; set; }
                    public string Name { get; set; } = "";
                    public string Ssn { get; set; } = "";
                    public System.DateTime DateOfBirth { get; set; }
                }

                public class Visit
                {
                    public int Id { get; set; }
                    public string Notes { get; set; } = "";
                    public string Diagnosis { get; set; } = "";
                    public System.DateTime When { get; set; }
                }

                public class LabResult
                {
                    public string Code { get; set; } = "";
                    public string Value { get; set; } = "";
                }

                public class Referral
                {
                    public int Id { get; set; }
                    public string PatientSsn { get; set; } = "";
                }

                public record ReferralCard(int Id, string PatientSsn);

                public record SealedReferralCard(int Id)
                {
                    protected string PatientSsn { get; init; } = "";
                }

                public class PatientDto
                {
                    public int Id { get; set; }
                    public string Name { get; set; } = "";
                    public Contact Contact { get; set; } = new Contact();
                }

                public class Contact
                {
                    public string Phone { get; set; } = "";
                    public string Kind { get; set; } = "";
                }

                public static class Phi
                {
                    public static string Mask(string value) => "***";
                }

                public static class PatientStore
                {
                    public static string ReadNotes(int id) => "";
                }
            }
            """;
    }
}
