namespace PhiGuard.Policy
{
    /// <summary>An entry of <c>extends</c>: <c>builtin:&lt;name&gt;</c>, <c>package:&lt;PackageId&gt;</c> or a path relative to the policy file.</summary>
    public sealed class PolicyReference
    {
        public const string BuiltinPrefix = "builtin:";

        public const string PackagePrefix = "package:";

        public PolicyReference(string value, SourcePosition position)
        {
            Value = value;
            Position = position;
        }

        public string Value { get; }

        public SourcePosition Position { get; }

        public bool IsBuiltin => Value.StartsWith(BuiltinPrefix, System.StringComparison.Ordinal);

        public string BuiltinName => Value.Substring(BuiltinPrefix.Length);

        public bool IsPackage => Value.StartsWith(PackagePrefix, System.StringComparison.Ordinal);

        public string PackageId => Value.Substring(PackagePrefix.Length);
    }
}
