namespace PatientPortal.Security;

/// <summary>Masks identifiers for diagnostics: keeps the first character and the length class only.</summary>
public static class PhiMask
{
    public static string Mask(string value) =>
        string.IsNullOrEmpty(value) ? "" : value[0] + new string('*', Math.Min(value.Length - 1, 6));
}
