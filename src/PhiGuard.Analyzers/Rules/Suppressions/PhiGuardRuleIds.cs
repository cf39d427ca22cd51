using System;

namespace PhiGuard.Analyzers.Rules.Suppressions
{
    /// <summary>Recognises the ids and category a PhiGuard suppression names.</summary>
    internal static class PhiGuardRuleIds
    {
        /// <summary>A leak rule id (<c>PHI0xx</c>), alone or as <c>PHI001:Title</c> the way SuppressMessage's checkId may spell it.</summary>
        public static bool IsLeakRule(string? checkId)
        {
            if (checkId is null)
            {
                return false;
            }

            var id = checkId.Trim();
            var colon = id.IndexOf(':');
            if (colon >= 0)
            {
                id = id.Substring(0, colon).TrimEnd();
            }

            return id.Length == 6
                && id.StartsWith("PHI0", StringComparison.OrdinalIgnoreCase)
                && char.IsDigit(id[4]) && char.IsDigit(id[5]);
        }

        public static bool IsCategory(string? category) =>
            string.Equals(category?.Trim(), Diagnostics.DescriptorFactory.Category, StringComparison.OrdinalIgnoreCase);
    }
}
