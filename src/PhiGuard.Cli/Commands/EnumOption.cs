using System;
using System.CommandLine;
using System.Linq;

namespace PhiGuard.Cli.Commands
{
    /// <summary>An option that takes one of an enum's names, in lower case, and says which ones when given something else.</summary>
    internal static class EnumOption
    {
        public static Option<T> Create<T>(string name, string description, T defaultValue, params string[] aliases)
            where T : struct, Enum
        {
            var names = Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToArray();
            var option = new Option<T>(name, aliases)
            {
                Description = description + ": " + string.Join(", ", names) + " (default: " + defaultValue.ToString().ToLowerInvariant() + ")",
                DefaultValueFactory = _ => defaultValue,
                CustomParser = result =>
                {
                    var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                    if (names.Contains(token.ToLowerInvariant()) && Enum.TryParse<T>(token, ignoreCase: true, out var value))
                    {
                        return value;
                    }

                    result.AddError("'" + token + "' is not a valid " + name + "; use one of " + string.Join(", ", names));
                    return defaultValue;
                },
            };
            return option;
        }
    }
}
