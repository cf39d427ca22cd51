using System.Threading.Tasks;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;

namespace PhiGuard.Analyzers.Tests.Packs
{
    /// <summary>builtin:gdpr-health: data concerning health, genetic data and biometric data (GDPR Art. 4(13)-(15), 9(1)).</summary>
    public class GdprHealthPackTests
    {
        private static Task Verify(string name, bool isProtected) => PackVerifier.VerifyNameAsync("gdpr-health", name, isProtected);

        [Theory]
        [InlineData("diagnosis")]
        [InlineData("chronicConditions")]
        [InlineData("disability")]
        [InlineData("symptoms")]
        [InlineData("currentMedication")]
        [InlineData("allergies")]
        [InlineData("vaccinationStatus")]
        [InlineData("pregnancyWeek")]
        [InlineData("bloodType")]
        [InlineData("bmi")]
        [InlineData("mentalHealthNotes")]
        [InlineData("sickLeaveReason")]
        [InlineData("geneticMarkers")]
        [InlineData("genomeSequence")]
        [InlineData("genotype")]
        [InlineData("biometricTemplate")]
        [InlineData("fingerprintTemplate")]
        [InlineData("fingerprintImage")]
        [InlineData("voicePrint")]
        public Task Special_category_health_data_is_protected(string name) => Verify(name, isProtected: true);

        [Theory]
        [InlineData("healthStatus")]
        [InlineData("healthCheckResult")]
        [InlineData("diagnostics")]
        [InlineData("condition")]
        [InlineData("isDisabled")]
        [InlineData("submitted")]
        [InlineData("fingerprint")]
        [InlineData("certificateFingerprint")]
        [InlineData("contentFingerprint")]
        [InlineData("treatmentGroup")]
        public Task Look_alike_is_not_protected(string name) => Verify(name, isProtected: false);
    }
}
