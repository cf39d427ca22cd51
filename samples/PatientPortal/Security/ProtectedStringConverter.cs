using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PatientPortal.Security;

/// <summary>Stores a text column encrypted with ASP.NET Core Data Protection; the database never sees the plain value.</summary>
public sealed class ProtectedStringConverter(IDataProtector protector)
    : ValueConverter<string, string>(value => protector.Protect(value), stored => protector.Unprotect(stored));
