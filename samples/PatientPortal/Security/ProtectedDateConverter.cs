using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PatientPortal.Security;

/// <summary>Stores a date column encrypted with ASP.NET Core Data Protection.</summary>
public sealed class ProtectedDateConverter(IDataProtector protector)
    : ValueConverter<DateOnly, string>(
        value => protector.Protect(value.ToString("O", CultureInfo.InvariantCulture)),
        stored => DateOnly.ParseExact(protector.Unprotect(stored), "O", CultureInfo.InvariantCulture, DateTimeStyles.None));
