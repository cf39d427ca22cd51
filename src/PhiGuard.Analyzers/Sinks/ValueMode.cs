namespace PhiGuard.Analyzers.Sinks
{
    /// <summary>How a sink consumes a value it is given.</summary>
    internal enum ValueMode
    {
        /// <summary>As text: the value itself, or what its <c>ToString()</c> prints.</summary>
        Text,

        /// <summary>Member by member, as a serializer or Serilog's <c>{@Destructuring}</c> does: every visible member counts.</summary>
        Structure,
    }
}
