using System;
using System.Linq;

namespace PhiGuard.Cli.Init
{
    /// <summary>
    /// Member names that usually hold protected health information. Matching is by case-insensitive substring of
    /// the member name, so <c>PatientSsn</c>, <c>DateOfBirth</c> and <c>PrimaryDiagnosisCode</c> all count.
    /// </summary>
    internal static class PhiNameHints
    {
        private static readonly string[] Fragments =
        {
            "ssn", "socialsecurity", "dateofbirth", "birthdate", "dob", "nhi", "mrn", "medicalrecord", "patientnumber",
            "diagnos", "icd10", "condition", "medication", "prescription", "allerg", "treatment", "labresult", "clinicalnote",
            "insurance", "healthplan", "policynumber", "beneficiary", "firstname", "lastname", "fullname", "surname",
            "email", "phone", "mobile", "address", "postcode", "zipcode", "passport", "driverslicense", "biometric",
        };

        public static bool LooksLikePhi(string memberName)
        {
            var name = memberName.Replace("_", string.Empty, StringComparison.Ordinal);
            return Fragments.Any(fragment => name.Contains(fragment, StringComparison.OrdinalIgnoreCase));
        }
    }
}
