namespace PhiGuard.Policy
{
    /// <summary>
    /// Where the loader finds the files of a policy package (<c>extends: ["package:&lt;PackageId&gt;"]</c>). The
    /// analyzer finds them among the AdditionalFiles the package's build props add; the command-line tool in the
    /// NuGet packages folder, at the version the project references. A file source that does not implement this
    /// cannot resolve package policies.
    /// </summary>
    public interface IPackagePolicySource
    {
        /// <summary>The text of <paramref name="fileName"/> in the <c>phiguard/</c> folder of the package, or null when it is not available.</summary>
        string? ReadPackageFile(string packageId, string fileName);

        /// <summary>What the user should do when the package (or one of its files) is not available.</summary>
        string MissingPackageAdvice(string packageId);
    }
}
