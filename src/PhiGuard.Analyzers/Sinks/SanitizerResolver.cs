using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PhiGuard.Analyzers.Classification;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Sinks
{
    /// <summary>Methods whose result no longer reveals protected data: the policy's sanitizers and the built-in ones.</summary>
    internal sealed class SanitizerResolver
    {
        /// <summary>Redaction, Data Protection, hashing, encryption and DPAPI: their output reveals nothing of their input.</summary>
        public static readonly string[] Builtin =
        {
            "Microsoft.Extensions.Compliance.Redaction.Redactor.Redact",
            "Microsoft.Extensions.Compliance.Redaction.Redactor.TryRedact",
            "Microsoft.AspNetCore.DataProtection.IDataProtector.Protect",
            "Microsoft.AspNetCore.DataProtection.ITimeLimitedDataProtector.Protect",
            "Microsoft.AspNetCore.DataProtection.DataProtectionCommonExtensions.Protect",
            "Microsoft.AspNetCore.DataProtection.DataProtectionAdvancedExtensions.Protect",
            "System.Security.Cryptography.HashAlgorithm.ComputeHash",
            "System.Security.Cryptography.HashAlgorithm.ComputeHashAsync",
            "System.Security.Cryptography.HashAlgorithm.TryComputeHash",
            "System.Security.Cryptography.*.HashData",
            "System.Security.Cryptography.*.HashDataAsync",
            "System.Security.Cryptography.*.TryHashData",
            "System.Security.Cryptography.IncrementalHash.GetHashAndReset",
            "System.Security.Cryptography.IncrementalHash.GetCurrentHash",
            "System.Security.Cryptography.ProtectedData.Protect",
            "System.Security.Cryptography.SymmetricAlgorithm.Encrypt*",
            "System.Security.Cryptography.ICryptoTransform.TransformFinalBlock",
            "System.Security.Cryptography.AesGcm.Encrypt",
            "System.Security.Cryptography.AesCcm.Encrypt",
            "System.Security.Cryptography.ChaCha20Poly1305.Encrypt",
            "System.Security.Cryptography.RSA.Encrypt",
        };

        /// <summary>
        /// Redactors that hand their input back unchanged, and the provider that hands them out: a built-in sanitizer
        /// called on one of them (<c>NullRedactor.Instance.Redact(ssn)</c>) sanitizes nothing.
        /// </summary>
        public static readonly string[] PassThrough =
        {
            "Microsoft.Extensions.Compliance.Redaction.NullRedactor",
            "Microsoft.Extensions.Compliance.Redaction.NullRedactorProvider",
        };

        private readonly List<string> _patterns;
        private readonly ConcurrentDictionary<IMethodSymbol, bool> _cache = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);

        public SanitizerResolver(EffectivePolicy policy)
        {
            _patterns = Builtin.Concat(policy.Sanitizers.Select(entry => SelectorIndex.Normalize(entry.Name))).ToList();
        }

        public bool IsSanitizer(IMethodSymbol method) => _cache.GetOrAdd(method.OriginalDefinition, Resolve);

        /// <summary>True when <paramref name="type"/> is, or derives from, a redactor or provider that passes its input through.</summary>
        public static bool IsPassThroughType(ITypeSymbol? type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (System.Array.IndexOf(PassThrough, SymbolNames.OfType(current)) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when the policy lists <paramref name="type"/> (or one of its methods) as a sanitizer: a masking converter, say.</summary>
        public bool IsSanitizerType(ITypeSymbol type)
        {
            var name = SymbolNames.OfType(type);
            return _patterns.Any(pattern => Glob.IsMatch(pattern, name) || pattern.StartsWith(name + ".", System.StringComparison.Ordinal));
        }

        private bool Resolve(IMethodSymbol method)
        {
            for (var current = method; current is not null; current = current.OverriddenMethod)
            {
                if (current.ContainingType is not null && Matches(SymbolNames.OfType(current.ContainingType) + "." + current.Name))
                {
                    return true;
                }
            }

            var type = method.ContainingType;
            if (type is null)
            {
                return false;
            }

            foreach (var implemented in type.AllInterfaces)
            {
                foreach (var member in implemented.GetMembers(method.Name))
                {
                    if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), method)
                        && Matches(SymbolNames.OfType(implemented) + "." + method.Name))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private bool Matches(string name) => _patterns.Any(pattern => Glob.IsMatch(pattern, name));
    }
}
